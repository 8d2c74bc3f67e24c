import type { Generator } from '../generator';
import { adrPages } from './adr-pages';
import { decisionsData } from './decisions-data';
import { decisionsIndex } from './decisions-index';

export const decisionGenerators: readonly Generator[] = [adrPages, decisionsIndex, decisionsData];
