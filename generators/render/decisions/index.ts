import type { Generator } from '../generator';

export const decisionGenerators: readonly Generator[] = [];
