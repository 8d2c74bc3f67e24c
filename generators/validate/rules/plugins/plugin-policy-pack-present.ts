import { diagnostic } from '../../../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../../../load/source-layout';
import type { Rule } from '../rule';

/** Plugins are checked against the policy pack; without a valid one, none can be. */
export const pluginPolicyPackPresent: Rule = {
  name: 'plugin-policy-pack-present',
  codes: ['PLUGIN_POLICY_PACK_MISSING'],
  check(sources, report) {
    // A pack that exists but was rejected is reported for itself.
    if (sources.policyPack !== undefined || sources.plugins.length === 0 || sources.rejected.has(SOURCE_LAYOUT.policyPack)) return;
    const n = sources.plugins.length;
    report(diagnostic('PLUGIN_POLICY_PACK_MISSING', SOURCE_LAYOUT.policyPack, '', `${n} plugin spec${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} the policy pack, but ${SOURCE_LAYOUT.policyPack} is missing or failed its meta-schema.`, `Restore ${SOURCE_LAYOUT.policyPack} (see schemas/meta/policy-pack.schema.json) or fix the problems reported for it.`));
  },
};
