import type { Generator } from '../generator';
import { ecosystemPage } from './ecosystem-page';

export const registryGenerators: readonly Generator[] = [ecosystemPage];
