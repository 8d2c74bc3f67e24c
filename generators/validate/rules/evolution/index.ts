import type { Rule } from '../rule';

export const evolutionRules: readonly Rule[] = [];
