import type { Rule } from '../rule';

export const decisionRules: readonly Rule[] = [];
