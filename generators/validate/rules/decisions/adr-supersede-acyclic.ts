import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { adrNumber } from '../../../model/adr-relations';
import type { AdrDoc } from '../../validated-sources';
import type { Rule } from '../rule';

/**
 * The supersede edges form no cycle: a replaced decision cannot replace its own
 * replacement. Each ADR on a cycle is reported at its edge into the cycle.
 */
export const adrSupersedeAcyclic: Rule = {
  name: 'adr-supersede-acyclic',
  codes: ['ADR_SUPERSEDE_CYCLE'],
  check(sources, report) {
    const byId = new Map(sources.adrs.map((a) => [a.doc.id, a]));
    for (const component of stronglyConnected(sources.adrs, byId)) {
      if (component.size < 2) continue;
      const members = [...component].sort((a, b) => a - b);
      const listed = members.map(adrNumber).join(', ');
      for (const id of members) {
        const adr = byId.get(id);
        if (adr === undefined) continue;
        const index = (adr.doc.supersedes ?? []).findIndex((t) => t !== id && component.has(t));
        report(
          diagnostic('ADR_SUPERSEDE_CYCLE', adr.file, pointerOf('supersedes', index), `ADR ${adrNumber(id)} is on a supersede cycle among ADRs ${listed}: each is, directly or through the others, superseded by itself.`, 'Supersede in one direction only: the later decision lists the earlier one; remove the entry that points back.'),
        );
      }
    }
  },
};

/** Tarjan's algorithm over the `supersedes` edges (self-edges are another rule's concern). */
function stronglyConnected(adrs: readonly AdrDoc[], byId: ReadonlyMap<number, AdrDoc>): Array<Set<number>> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const out: Array<Set<number>> = [];
  let counter = 0;
  const visit = (id: number): void => {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const next of byId.get(id)?.doc.supersedes ?? []) {
      if (next === id || !byId.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) === index.get(id)) {
      const component = new Set<number>();
      let member: number | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.add(member);
      } while (member !== id);
      out.push(component);
    }
  };
  for (const { doc } of adrs) if (!index.has(doc.id)) visit(doc.id);
  return out;
}
