import { compareStrings } from '../util/canonical-json';
import type { AdrDoc } from '../validate/validated-sources';
import type { Catalog, Contract } from './catalog';
import { memberNamed } from './registry-members';

/** Where a member writes a contract: one `outputs` entry of its manifest. */
export interface Layout {
  readonly member: string;
  readonly artifact: string;
  readonly path: string;
  readonly requiredWhenEmpty: boolean;
}

interface UsageIndex {
  readonly layouts: ReadonlyMap<string, Layout[]>;
  readonly families: ReadonlyMap<string, Contract[]>;
  readonly referencedBy: ReadonlyMap<string, Contract[]>;
  readonly adrs: ReadonlyMap<string, AdrDoc[]>;
}

// One index per (frozen) catalog: every page asks the same questions of it.
const indexes = new WeakMap<Catalog, UsageIndex>();

function indexOf(catalog: Catalog): UsageIndex {
  const known = indexes.get(catalog);
  if (known !== undefined) return known;
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  const layouts = new Map<string, Layout[]>();
  for (const m of catalog.members) {
    for (const o of m.manifest?.doc.outputs ?? []) push(layouts, o.contract, { member: m.name, artifact: o.artifact, path: o.path, requiredWhenEmpty: o.requiredWhenEmpty });
  }
  for (const list of layouts.values()) list.sort((a, b) => compareStrings(a.member, b.member) || compareStrings(a.path, b.path));
  const families = new Map<string, Contract[]>();
  const referencedBy = new Map<string, Contract[]>();
  for (const c of catalog.contracts) {
    push(families, c.family, c);
    for (const id of c.refs) push(referencedBy, id, c);
  }
  for (const list of families.values()) list.sort((a, b) => a.major - b.major);
  const adrs = new Map<string, AdrDoc[]>();
  for (const adr of catalog.adrs) for (const key of new Set(adr.doc.affects ?? [])) push(adrs, key, adr);
  const index = { layouts, families, referencedBy, adrs };
  indexes.set(catalog, index);
  return index;
}

/** Every `outputs` entry naming the contract, by member then path. */
export function contractLayouts(catalog: Catalog, id: string): Layout[] {
  return [...(indexOf(catalog).layouts.get(id) ?? [])];
}

/** The bus a contract belongs to: its producer's `role.bus`. Undefined for shared or unowned contracts. */
export function contractBus(catalog: Catalog, contract: Contract): string | undefined {
  if (contract.shared) return undefined;
  const producer = contract.producers[0];
  return producer === undefined ? undefined : memberNamed(catalog, producer)?.manifest?.doc.role.bus;
}

/** Every version of a contract's family, oldest first. */
export function contractVersions(catalog: Catalog, contract: Contract): Contract[] {
  return [...(indexOf(catalog).families.get(contract.family) ?? [])];
}

/** Contracts whose schema `$ref`s this one. */
export function referencedBy(catalog: Catalog, id: string): Contract[] {
  return [...(indexOf(catalog).referencedBy.get(id) ?? [])];
}

/** ADRs whose `affects` names the contract id or member name, in ADR order. */
export function adrsAffecting(catalog: Catalog, key: string): AdrDoc[] {
  return [...(indexOf(catalog).adrs.get(key) ?? [])];
}
