import type { PolicyPack } from '../../src/types/sources';
import type { FieldChange, ImpactReport } from '../../src/types/sources/impact-report';
import { compareStrings } from '../util/canonical-json';
import { listChanges, valueChange } from './set-changes';
import { firstChangedLine, lineOf, type ImpactSide } from './side';

type LifecycleEvent = PolicyPack['lifecycleEvents'][number];

/**
 * Changes to the policy pack, and the plugins of the head they touch: those
 * on a changed event, those naming a changed field or action, and all of
 * them when the minimum ledger fields change (every plugin records them). Breaking:
 * an action no longer allowed or newly forbidden everywhere, a ledger field
 * newly required, an event removed.
 */
export function policyImpact(base: ImpactSide, head: ImpactSide): ImpactReport['policyPack'] {
  const a = base.catalog.policyPack?.doc;
  const now = head.catalog.policyPack;
  if (a === undefined || now === undefined) return null;
  const b = now.doc;
  const at = (pointer: string): number | null => lineOf(head, now.file, pointer);
  const touched = new Set<string>();
  const plugins = head.catalog.plugins.map((p) => p.doc);
  const touch = (changes: FieldChange[], which: (name: string) => (p: (typeof plugins)[number]) => boolean): FieldChange[] => {
    for (const c of changes) for (const p of plugins.filter(which(c.detail))) touched.add(p.plugin_name);
    return changes;
  };
  const changes: FieldChange[] = [
    ...valueChange('version', a.version, b.version, at('/version')),
    ...touch(listChanges('forbiddenEverywhere', a.forbiddenEverywhere, b.forbiddenEverywhere, { breakingWhen: 'added', line: at('/forbiddenEverywhere') }), (x) => (p) => p.allowed_actions.includes(x)),
    ...touch(listChanges('minimumLedgerFields', a.minimumLedgerFields, b.minimumLedgerFields, { breakingWhen: 'added', line: at('/minimumLedgerFields') }), () => () => true),
    ...touch(fieldTypeChanges(a, b, at('/ledgerFieldTypes')), (x) => (p) => p.ledger_required_fields.includes(x)),
  ];
  const eventsA = new Map(a.lifecycleEvents.map((e) => [e.name, e]));
  const eventsB = new Map(b.lifecycleEvents.map((e) => [e.name, e]));
  const onEvent = (name: string) => (p: (typeof plugins)[number]) => p.lifecycle_event === name;
  changes.push(...touch(listChanges('lifecycleEvents', [...eventsA.keys()], [...eventsB.keys()], { breakingWhen: 'removed', line: at('/lifecycleEvents') }), onEvent));
  b.lifecycleEvents.forEach((event, i) => {
    const old = eventsA.get(event.name);
    if (old === undefined) return;
    const changed = eventChanges(old, event, at(`/lifecycleEvents/${i}`));
    if (changed.length > 0) for (const p of plugins.filter(onEvent(event.name))) touched.add(p.plugin_name);
    changes.push(...changed);
  });
  if (changes.length === 0) return null;
  return {
    file: now.file,
    line: changes.find((c) => c.line !== null)?.line ?? firstChangedLine(base, head, now.file),
    breaking: changes.some((c) => c.breaking),
    changes,
    plugins: [...touched].sort(compareStrings),
  };
}

function fieldTypeChanges(a: PolicyPack, b: PolicyPack, line: number | null): FieldChange[] {
  const names = Object.keys(a.ledgerFieldTypes).filter((k) => k in b.ledgerFieldTypes);
  return [
    ...listChanges('ledgerFieldTypes', Object.keys(a.ledgerFieldTypes), Object.keys(b.ledgerFieldTypes), { breakingWhen: 'removed', line }),
    ...names
      .sort(compareStrings)
      .filter((k) => JSON.stringify({ ...a.ledgerFieldTypes[k], description: '' }) !== JSON.stringify({ ...b.ledgerFieldTypes[k], description: '' }))
      .map((k) => ({ field: 'ledgerFieldTypes', change: 'changed' as const, detail: k, breaking: true, line })),
  ];
}

function eventChanges(a: LifecycleEvent, b: LifecycleEvent, line: number | null): FieldChange[] {
  const field = (name: string): string => `lifecycleEvents.${b.name}.${name}`;
  return [
    ...listChanges(field('allowedActions'), a.allowedActions, b.allowedActions, { breakingWhen: 'removed', line }),
    ...listChanges(field('requiredLedgerFields'), a.requiredLedgerFields, b.requiredLedgerFields, { breakingWhen: 'added', line }),
    ...listChanges(field('inputs'), a.inputs.map((x) => x.name), b.inputs.map((x) => x.name), { breakingWhen: 'removed', line }),
  ];
}
