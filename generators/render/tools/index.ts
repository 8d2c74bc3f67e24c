import type { Generator } from '../generator';
import { opsVerify } from './ops-verify';

/** Programs the manual publishes for member repos to run. */
export const toolGenerators: readonly Generator[] = [opsVerify];
