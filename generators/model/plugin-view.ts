import type { PluginSpec, PolicyPack } from '../../src/types/sources';
import type { Located } from '../validate/validated-sources';
import type { Catalog } from './catalog';
import { policyPackHash, specHash } from './plugin-hash';
import {
  findEvent,
  neverActions,
  type EventInput,
  type LedgerFieldType,
  type LifecycleEvent,
} from './plugin-policy';

export interface TypedLedgerField extends LedgerFieldType {
  readonly name: string;
}

/** One plugin with everything its generated files need, resolved against the policy pack. */
export interface PluginView {
  readonly name: string;
  /** The spec's repo-relative path. */
  readonly file: string;
  readonly spec: PluginSpec;
  readonly event: LifecycleEvent;
  readonly specHash: string;
  /** The event inputs the plugin reads, typed, in the spec's order. */
  readonly inputs: readonly EventInput[];
  /** The plugin's forbidden actions and the pack's, sorted. */
  readonly never: readonly string[];
  /** The plugin's ledger fields with their types from the pack, in the spec's order. */
  readonly ledgerFields: readonly TypedLedgerField[];
}

export interface PluginSuite {
  readonly pack: Located<PolicyPack>;
  readonly packHash: string;
  /** Sorted by plugin name. */
  readonly plugins: readonly PluginView[];
}

/**
 * The plugin suite of a catalog, or undefined when there is no policy pack (then
 * there are no plugins either: a plugin without a pack fails validation).
 * Validation has already proved every reference resolves, so a miss here is a bug.
 */
export function pluginSuite(catalog: Catalog): PluginSuite | undefined {
  // One per (frozen) catalog: every plugin generator, the site index and catalog.json ask for it.
  if (suites.has(catalog)) return suites.get(catalog);
  const suite = buildSuite(catalog);
  suites.set(catalog, suite);
  return suite;
}

const suites = new WeakMap<Catalog, PluginSuite | undefined>();

function buildSuite(catalog: Catalog): PluginSuite | undefined {
  const pack = catalog.policyPack;
  if (pack === undefined) return undefined;
  const plugins = catalog.plugins.map(({ file, doc }): PluginView => {
    const event = findEvent(pack.doc, doc.lifecycle_event);
    if (event === undefined) throw new Error(`${file}: event ${doc.lifecycle_event} passed validation but is not in the policy pack`);
    return {
      name: doc.plugin_name,
      file,
      spec: doc,
      event,
      specHash: specHash(doc),
      inputs: doc.inputs.map((name) => {
        const input = event.inputs.find((i) => i.name === name);
        if (input === undefined) throw new Error(`${file}: input ${name} passed validation but is not an input of ${event.name}`);
        return input;
      }),
      never: neverActions(pack.doc, doc),
      ledgerFields: doc.ledger_required_fields.map((name) => {
        const type = pack.doc.ledgerFieldTypes[name];
        if (type === undefined) throw new Error(`${file}: ledger field ${name} passed validation but has no type`);
        return { name, ...type };
      }),
    };
  });
  return { pack, packHash: policyPackHash(pack.doc), plugins };
}

/** The plugins bound to an event, in name order. */
export function pluginsOf(suite: PluginSuite, event: string): PluginView[] {
  return suite.plugins.filter((p) => p.event.name === event);
}
