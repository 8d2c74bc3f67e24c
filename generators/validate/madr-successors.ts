import type { AdrDoc } from './validated-sources';

/**
 * MADR writes a supersede edge on the old record (`status: superseded by
 * ADR-0005`); ours is written once, on the new one (`supersedes: [3]`). The
 * MADR edge is added to the successor's `supersedes`, so relations, rules and
 * pages see one kind of edge. A successor that does not exist is left to
 * adr-superseded-status, which names it.
 */
export function madrSuccessors(adrs: readonly AdrDoc[]): AdrDoc[] {
  const replaced = new Map<number, number[]>();
  for (const adr of adrs) {
    if (adr.supersededBy === undefined || adr.supersededBy === adr.doc.id) continue;
    replaced.set(adr.supersededBy, [...(replaced.get(adr.supersededBy) ?? []), adr.doc.id]);
  }
  if (replaced.size === 0) return [...adrs];
  return adrs.map((adr) => {
    const added = replaced.get(adr.doc.id)?.filter((id) => !(adr.doc.supersedes ?? []).includes(id));
    if (added === undefined || added.length === 0) return adr;
    return { ...adr, doc: { ...adr.doc, supersedes: [...(adr.doc.supersedes ?? []), ...added].sort((a, b) => a - b) } };
  });
}
