import type { Generator } from '../generator';
import { perPluginGenerator } from './per-plugin-generator';
import { jsonWithNotice } from '../header';
import { PLUGIN_FILES, pluginStaticPath } from './plugin-paths';

/**
 * `manifest.json`: what the core runner needs to discover and dispatch a plugin,
 * and the hash of the spec it was generated from, so a runner can tell a stale
 * deployment from a current one.
 */
export const pluginManifest: Generator = perPluginGenerator('render/plugins/plugin-manifest.ts', (policy, p, notice) => {
  const manifest = {
    plugin_id: p.spec.plugin_id,
    plugin_name: p.name,
    version: p.spec.version,
    lifecycle_event: p.event.name,
    enabled: p.spec.enabled,
    owner: p.spec.owner,
    inputs: p.inputs,
    outputs: p.spec.outputs,
    policy_pack_version: p.spec.policy_pack_version,
    spec: { path: p.file, sha256: p.specHash },
    files: {
      policy_snapshot: PLUGIN_FILES.policySnapshot,
      ledger_contract: PLUGIN_FILES.ledgerContract,
      readme: PLUGIN_FILES.readme,
      healthcheck: PLUGIN_FILES.healthcheck,
    },
  };
  return [[pluginStaticPath(p.name, PLUGIN_FILES.manifest), jsonWithNotice(manifest, notice)]];
});
