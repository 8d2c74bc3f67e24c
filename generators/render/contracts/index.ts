import type { Generator } from '../generator';
import { contractPages } from './contract-pages';
import { contractsIndex } from './contracts-index';

/** The contract catalog pages (types, published schemas and the lock are listed in render/index.ts). */
export const contractPageGenerators: readonly Generator[] = [contractsIndex, contractPages];
