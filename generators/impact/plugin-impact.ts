import type { PluginSpec } from '../../src/types/sources';
import type { EntryChange, FieldChange } from '../../src/types/sources/impact-report';
import type { Located } from '../validate/validated-sources';
import { breakingFirst, listChanges, valueChange } from './set-changes';
import { lineOf, type ImpactSide } from './side';

/**
 * Plugin specs added, removed or changed. Breaking (a reviewer looks first):
 * an action newly allowed or no longer forbidden, a ledger field no longer
 * recorded, another lifecycle event, a plugin removed.
 */
export function pluginImpact(base: ImpactSide, head: ImpactSide): EntryChange[] {
  const before = new Map(base.catalog.plugins.map((p) => [p.doc.plugin_name, p]));
  const after = new Set(head.catalog.plugins.map((p) => p.doc.plugin_name));
  const out: EntryChange[] = [];
  for (const plugin of head.catalog.plugins) {
    const old = before.get(plugin.doc.plugin_name);
    const title = plugin.doc.lifecycle_event;
    if (old === undefined) {
      out.push({ id: plugin.doc.plugin_name, title, change: 'added', breaking: false, file: plugin.file, line: 1, changes: [] });
      continue;
    }
    const changes = pluginChanges(old.doc, plugin, head);
    if (changes.length === 0) continue;
    out.push({ id: plugin.doc.plugin_name, title, change: 'changed', breaking: changes.some((c) => c.breaking), file: plugin.file, line: changes.find((c) => c.line !== null)?.line ?? null, changes });
  }
  for (const plugin of base.catalog.plugins) {
    if (!after.has(plugin.doc.plugin_name)) out.push({ id: plugin.doc.plugin_name, title: plugin.doc.lifecycle_event, change: 'removed', breaking: true, file: plugin.file, line: null, changes: [] });
  }
  return breakingFirst(out);
}

function pluginChanges(a: PluginSpec, now: Located<PluginSpec>, head: ImpactSide): FieldChange[] {
  const b = now.doc;
  const at = (pointer: string): number | null => lineOf(head, now.file, pointer);
  return [
    ...valueChange('enabled', a.enabled, b.enabled, at('/enabled')),
    ...valueChange('lifecycle_event', a.lifecycle_event, b.lifecycle_event, at('/lifecycle_event'), true),
    ...valueChange('version', a.version, b.version, at('/version')),
    ...listChanges('allowed_actions', a.allowed_actions, b.allowed_actions, { breakingWhen: 'added', line: at('/allowed_actions') }),
    ...listChanges('forbidden_actions', a.forbidden_actions, b.forbidden_actions, { breakingWhen: 'removed', line: at('/forbidden_actions') }),
    ...listChanges('ledger_required_fields', a.ledger_required_fields, b.ledger_required_fields, { breakingWhen: 'removed', line: at('/ledger_required_fields') }),
    ...listChanges('inputs', a.inputs, b.inputs, { line: at('/inputs') }),
    ...listChanges('outputs', a.outputs.map((o) => o.name), b.outputs.map((o) => o.name), { line: at('/outputs') }),
  ];
}
