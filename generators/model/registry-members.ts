import { compareStrings } from '../util/canonical-json';
import type { Catalog, Member } from './catalog';
import { edgesOf, type Edge } from './registry-graph';

export function memberNamed(catalog: Catalog, name: string): Member | undefined {
  return catalog.members.find((m) => m.name === name);
}

/** Every typed edge between members with manifests, sorted. */
export function catalogEdges(catalog: Catalog): Edge[] {
  return edgesOf(catalog.members.flatMap((m) => (m.manifest === undefined ? [] : [m.manifest])));
}

/** The contracts a member emits (schema versions), sorted and unique. */
export function emittedContracts(member: Member): string[] {
  return [...new Set((member.manifest?.doc.outputs ?? []).map((o) => o.contract))].sort(compareStrings);
}
