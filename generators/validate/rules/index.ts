import { decisionRules } from './decisions';
import { evolutionRules } from './evolution';
import { pageRules } from './pages';
import { pluginRules } from './plugins';
import { registryRules } from './registry';
import type { Rule } from './rule';
import { spineRules } from './spine';

/** Every cross-file rule, grouped by the area that owns it. A new rule goes in its area's index. */
export const RULES: readonly Rule[] = [...spineRules, ...registryRules, ...pluginRules, ...decisionRules, ...evolutionRules, ...pageRules];
