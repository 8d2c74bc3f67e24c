import type { Rule } from '../rule';

export const registryRules: readonly Rule[] = [];
