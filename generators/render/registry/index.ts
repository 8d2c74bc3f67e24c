import type { Generator } from '../generator';
import { ecosystemPage } from './ecosystem-page';
import { memberPages } from './member-pages';

export const registryGenerators: readonly Generator[] = [ecosystemPage, memberPages];
