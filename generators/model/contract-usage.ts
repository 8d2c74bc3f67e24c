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

/** Every `outputs` entry naming the contract, by member then path. */
export function contractLayouts(catalog: Catalog, id: string): Layout[] {
  return catalog.members
    .flatMap((m) =>
      (m.manifest?.doc.outputs ?? [])
        .filter((o) => o.contract === id)
        .map((o) => ({ member: m.name, artifact: o.artifact, path: o.path, requiredWhenEmpty: o.requiredWhenEmpty })),
    )
    .sort((a, b) => compareStrings(a.member, b.member) || compareStrings(a.path, b.path));
}

/** The bus a contract belongs to: its producer's `role.bus`. Undefined for shared or unowned contracts. */
export function contractBus(catalog: Catalog, contract: Contract): string | undefined {
  if (contract.shared) return undefined;
  const producer = contract.producers[0];
  return producer === undefined ? undefined : memberNamed(catalog, producer)?.manifest?.doc.role.bus;
}

/** Every version of a contract's family, oldest first. */
export function contractVersions(catalog: Catalog, contract: Contract): Contract[] {
  return catalog.contracts.filter((c) => c.family === contract.family).sort((a, b) => a.major - b.major);
}

/** Contracts whose schema `$ref`s this one. */
export function referencedBy(catalog: Catalog, id: string): Contract[] {
  return catalog.contracts.filter((c) => c.refs.includes(id));
}

/** ADRs whose `affects` names the contract id or member name, in ADR order. */
export function adrsAffecting(catalog: Catalog, key: string): AdrDoc[] {
  return catalog.adrs.filter((adr) => (adr.doc.affects ?? []).includes(key));
}
