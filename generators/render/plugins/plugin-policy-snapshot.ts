import { compareStrings } from '../../util/canonical-json';
import type { Generator } from '../generator';
import { perPluginGenerator } from './per-plugin-generator';
import { jsonWithNotice } from '../header';
import { PLUGIN_FILES, pluginStaticPath } from './plugin-paths';

const sorted = (values: readonly string[]): string[] => [...values].sort(compareStrings);

/**
 * `policy_snapshot.json`: the permissions the plugin claims, what it may never
 * do, and the policy pack (version and hash) they were checked against. The core
 * checks every proposal against this file before applying it.
 */
export const pluginPolicySnapshot: Generator = perPluginGenerator('render/plugins/plugin-policy-snapshot.ts', (policy, p, notice) => {
  const snapshot = {
    plugin_id: p.spec.plugin_id,
    plugin_name: p.name,
    lifecycle_event: p.event.name,
    enabled: p.spec.enabled,
    policy_pack: { version: policy.pack.doc.version, sha256: policy.packHash },
    spec_sha256: p.specHash,
    allowed_actions: sorted(p.spec.allowed_actions),
    event_allowed_actions: sorted(p.event.allowedActions),
    forbidden_actions: {
      all: p.never,
      plugin: sorted(p.spec.forbidden_actions),
      everywhere: sorted(policy.pack.doc.forbiddenEverywhere),
    },
    // Anything not in allowed_actions is refused, listed as forbidden or not.
    unlisted_actions: 'deny',
    ledger_required_fields: sorted(p.spec.ledger_required_fields),
  };
  return [[pluginStaticPath(p.name, PLUGIN_FILES.policySnapshot), jsonWithNotice(snapshot, notice)]];
});
