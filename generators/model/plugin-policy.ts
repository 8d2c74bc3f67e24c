import type { PluginSpec, PolicyPack } from '../../src/types/sources';
import { compareStrings } from '../util/canonical-json';

export type LifecycleEvent = PolicyPack['lifecycleEvents'][number];
export type EventInput = LifecycleEvent['inputs'][number];
export type LedgerFieldType = NonNullable<PolicyPack['ledgerFieldTypes'][string]>;

/**
 * Pure lookups on a policy pack, shared by the plugin rules (which see only
 * validated sources) and the plugin generators (which see the catalog).
 */
export function findEvent(pack: PolicyPack, name: string): LifecycleEvent | undefined {
  return pack.lifecycleEvents.find((e) => e.name === name);
}

export function eventNames(pack: PolicyPack): string[] {
  return pack.lifecycleEvents.map((e) => e.name);
}

/** Where a required ledger field comes from: the pack's minimum, or the event. */
export interface RequiredLedgerField {
  readonly name: string;
  readonly requiredBy: 'minimum' | 'event';
}

/** The pack's minimum ledger fields, then the event's own, without repeats. */
export function requiredLedgerFields(pack: PolicyPack, event: LifecycleEvent | undefined): RequiredLedgerField[] {
  const out: RequiredLedgerField[] = pack.minimumLedgerFields.map((name) => ({ name, requiredBy: 'minimum' as const }));
  for (const name of event?.requiredLedgerFields ?? []) {
    if (!out.some((f) => f.name === name)) out.push({ name, requiredBy: 'event' });
  }
  return out;
}

/** Everything the plugin may never request: its own forbidden actions and the pack's, sorted. */
export function neverActions(pack: PolicyPack, spec: PluginSpec): string[] {
  return [...new Set([...spec.forbidden_actions, ...pack.forbiddenEverywhere])].sort(compareStrings);
}

/** The plugin name pattern of schemas/meta/plugin-spec.schema.json (a test keeps the two equal): names become paths. */
export const PLUGIN_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Lower-cased names that would collide with a generated page of docs/plugins/
 * on a case-insensitive file system (`Index.md` and `index.md`).
 */
export const RESERVED_PLUGIN_NAMES: ReadonlySet<string> = new Set(['index']);
