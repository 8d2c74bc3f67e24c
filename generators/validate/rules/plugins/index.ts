import type { Rule } from '../rule';

export const pluginRules: readonly Rule[] = [];
