import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** A member reading a contract records the dependency: a `contract` edge to the contract's producer. */
export const consumersDeclareContractEdges: Rule = {
  name: 'consumers-declare-contract-edges',
  codes: ['REGISTRY_CONTRACT_EDGE_MISSING'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const [name, { file, doc }] of view.manifests) {
      doc.inputs.forEach((id, i) => {
        if (view.shared.has(id)) return;
        for (const producer of view.emitters.get(id) ?? []) {
          if (producer === name) continue;
          if (view.edges.some((e) => e.from === name && e.to === producer && e.kind === 'contract')) continue;
          report(
            diagnostic(
              'REGISTRY_CONTRACT_EDGE_MISSING',
              file,
              pointerOf('inputs', i),
              `"${name}" reads "${id}", produced by "${producer}", but declares no contract edge to "${producer}".`,
              `Add { "to": "${producer}", "kind": "contract" } to "dependsOn".`,
            ),
          );
        }
      });
    }
  },
};
