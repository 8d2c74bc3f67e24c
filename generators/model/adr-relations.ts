import { compareStrings } from '../util/canonical-json';
import type { AdrDoc } from '../validate/validated-sources';
import type { Catalog } from './catalog';
import { parseContractId } from './contract-id';

/** An ADR's relations both ways. Reverse relations are derived here, never written in a source. */
export interface AdrRelations {
  readonly supersedes: readonly number[];
  readonly supersededBy: readonly number[];
  readonly refines: readonly number[];
  readonly refinedBy: readonly number[];
}

const EMPTY: AdrRelations = { supersedes: [], supersededBy: [], refines: [], refinedBy: [] };

/** Relations of every ADR by id; ids that no ADR has are dropped (validation reports them). */
export function adrRelations(adrs: readonly AdrDoc[]): ReadonlyMap<number, AdrRelations> {
  const ids = new Set(adrs.map((a) => a.doc.id));
  const supersededBy = new Map<number, number[]>();
  const refinedBy = new Map<number, number[]>();
  const add = (into: Map<number, number[]>, target: number, from: number): void => {
    if (target === from || !ids.has(target)) return;
    into.set(target, [...(into.get(target) ?? []), from]);
  };
  for (const { doc } of adrs) {
    for (const target of doc.supersedes ?? []) add(supersededBy, target, doc.id);
    for (const target of doc.refines ?? []) add(refinedBy, target, doc.id);
  }
  const known = (list: readonly number[] | undefined, self: number): number[] =>
    [...new Set(list ?? [])].filter((id) => id !== self && ids.has(id)).sort(byNumber);
  return new Map(
    adrs.map(({ doc }) => [
      doc.id,
      {
        supersedes: known(doc.supersedes, doc.id),
        supersededBy: known(supersededBy.get(doc.id), doc.id),
        refines: known(doc.refines, doc.id),
        refinedBy: known(refinedBy.get(doc.id), doc.id),
      },
    ]),
  );
}

export function relationsOf(relations: ReadonlyMap<number, AdrRelations>, id: number): AdrRelations {
  return relations.get(id) ?? EMPTY;
}

/** The ADRs in the order they were decided: by date, ties by id. */
export function adrTimeline(adrs: readonly AdrDoc[]): AdrDoc[] {
  return [...adrs].sort((a, b) => compareStrings(a.doc.date, b.doc.date) || a.doc.id - b.doc.id);
}

/** `3` → `0003`, as in file names and page labels. */
export function adrNumber(id: number): string {
  return String(id).padStart(4, '0');
}

/**
 * Whether the ADR introduces a new contract version: it affects a contract id whose
 * major version is above 1. Such an ADR needs a Migration section.
 */
export function introducesContractVersion(adr: Pick<AdrDoc, 'doc'>, contractIds: ReadonlySet<string>): string[] {
  return (adr.doc.affects ?? []).filter((entry) => contractIds.has(entry) && (parseContractId(entry)?.major ?? 0) > 1);
}

function byNumber(a: number, b: number): number {
  return a - b;
}
