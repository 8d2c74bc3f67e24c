import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { adrNumber } from '../../../model/adr-relations';
import type { AdrDoc } from '../../validated-sources';
import { stronglyConnected } from '../../../util/strongly-connected';
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
    for (const component of supersedeComponents(sources.adrs, byId)) {
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

/** The supersede graph's components (self-edges are another rule's concern; unknown targets are ignored). */
function supersedeComponents(adrs: readonly AdrDoc[], byId: ReadonlyMap<number, AdrDoc>): Array<Set<number>> {
  const next = new Map<string, string[]>();
  for (const { doc } of adrs) next.set(String(doc.id), (doc.supersedes ?? []).filter((t) => t !== doc.id && byId.has(t)).map(String));
  return stronglyConnected(next).map((component) => new Set(component.map(Number)));
}
