import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

/** A spec checked against another pack than the current one must be re-checked and bumped. */
export const pluginPolicyVersion: Rule = {
  name: 'plugin-policy-version',
  codes: ['PLUGIN_POLICY_VERSION_MISMATCH'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    if (pack === undefined) return;
    for (const { file, doc } of sources.plugins) {
      if (doc.policy_pack_version !== pack.version) {
        report(diagnostic('PLUGIN_POLICY_VERSION_MISMATCH', file, '/policy_pack_version', `The spec was checked against policy pack ${doc.policy_pack_version}, but the current pack is ${pack.version}.`, `Re-check the spec against the current pack (its event's inputs, allowed actions and ledger fields, and forbiddenEverywhere), then set "policy_pack_version" to "${pack.version}".`));
      }
    }
  },
};
