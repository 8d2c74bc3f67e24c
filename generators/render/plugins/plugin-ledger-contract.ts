import { DRAFT_2020_12 } from '../../model/contract-id';
import { compareStrings } from '../../util/canonical-json';
import type { PluginView, TypedLedgerField } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { perPluginGenerator, type PluginPack } from './per-plugin-generator';
import { jsonWithNotice } from '../header';
import { ledgerContractId, PLUGIN_FILES, pluginStaticPath } from './plugin-paths';


/**
 * `ledger_contract.json`: a draft 2020-12 JSON Schema for one ledger entry the
 * plugin writes, every required field typed from the policy pack, so member
 * repos can validate their ledgers. The plugin's id and event are pinned; other
 * fields (the core may add its own) are allowed, since ledgers are append-only
 * and outlive any one version of the contract.
 */
export const pluginLedgerContract: Generator = perPluginGenerator('render/plugins/plugin-ledger-contract.ts', (policy, p, notice) => [
  [pluginStaticPath(p.name, PLUGIN_FILES.ledgerContract), jsonWithNotice(ledgerContractSchema(policy, p), notice)],
]);

/** The ledger contract of one plugin, as published and as `verify ledger` checks it. */
export function ledgerContractSchema(policy: Pick<PluginPack, 'pack'>, p: PluginView): Record<string, unknown> {
  const properties = Object.fromEntries(p.ledgerFields.map((f) => [f.name, fieldSchema(p, f)]));
  return {
    $schema: DRAFT_2020_12,
    $id: ledgerContractId(p.name),
    title: `${p.name} ledger entry`,
    description: `One ledger entry written for ${p.name} (${p.spec.plugin_id}) on ${p.event.name}, under policy pack ${policy.pack.doc.version}.`,
    type: 'object',
    required: [...p.spec.ledger_required_fields].sort(compareStrings),
    properties,
  };
}

function fieldSchema(p: PluginView, f: TypedLedgerField): Record<string, unknown> {
  const base: Record<string, unknown> =
    f.type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: f.type };
  if (f.format !== undefined) base['format'] = f.format;
  if (f.pattern !== undefined) base['pattern'] = f.pattern;
  if (f.enum !== undefined) base['enum'] = f.enum;
  base['description'] = f.description;
  // Every entry of this contract is about this plugin on its one event.
  if (f.name === 'plugin_id') base['const'] = p.spec.plugin_id;
  if (f.name === 'lifecycle_event') base['const'] = p.event.name;
  return base;
}
