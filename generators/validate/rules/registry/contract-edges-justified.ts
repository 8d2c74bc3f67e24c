import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { listOf, viewOf } from '../../../model/registry-view';
import { parseContractId } from '../../../model/contract-id';
import type { Rule } from '../rule';

const familyOf = (id: string): string => parseContractId(id)?.family ?? id;
const ownedFamilies = (ids: readonly string[]): Set<string> => new Set(ids.map(familyOf));

/**
 * A `contract` edge means "reads a bus the other member owns": its target emits at
 * least one bus contract (shared ones do not count: every member writes those), and
 * the depending member reads one of them, or an older version of one (a retired
 * version is reported on its own, and moving to the new one keeps this edge).
 */
export const contractEdgesJustified: Rule = {
  name: 'contract-edges-justified',
  codes: ['REGISTRY_CONTRACT_EDGE_NO_CONTRACT', 'REGISTRY_CONTRACT_EDGE_UNUSED'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const edge of view.edges) {
      if (edge.kind !== 'contract') continue;
      const from = view.manifests.get(edge.from);
      const to = view.manifests.get(edge.to)?.doc;
      // A target without a valid manifest is reported by manifests-match-members or depends-on-members.
      if (from === undefined || to === undefined || to.orthogonal === true) continue;
      const owned = [...new Set(to.outputs.map((o) => o.contract).filter((id) => !view.shared.has(id)))];
      const pointer = pointerOf('dependsOn', edge.index);
      if (owned.length === 0) {
        report(
          diagnostic(
            'REGISTRY_CONTRACT_EDGE_NO_CONTRACT',
            from.file,
            pointer,
            `"${edge.from}" has a contract edge to "${edge.to}", which emits no bus contract of its own.`,
            `Make it a "build" or "runtime" edge if "${edge.from}" needs "${edge.to}" in another way, or remove it.`,
          ),
        );
      } else if (!from.doc.inputs.some((id) => ownedFamilies(owned).has(familyOf(id)))) {
        report(
          diagnostic(
            'REGISTRY_CONTRACT_EDGE_UNUSED',
            from.file,
            pointer,
            `"${edge.from}" has a contract edge to "${edge.to}" but reads none of its contracts (${listOf(owned)}).`,
            `Add the contract "${edge.from}" reads to its "inputs", or remove the edge.`,
          ),
        );
      }
    }
  },
};
