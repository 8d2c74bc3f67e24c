import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Orthogonal (infrastructure) members sit beside the bus chain, outside the layer
 * order. Two rules keep them there (docs/exceptions.md):
 * - other members reach one only through `build` or `runtime` edges: it owns no
 *   bus, so a `contract` edge to it has nothing to read;
 * - it depends on no bus member: with no layer of its own, an edge from it into the
 *   chain would let a dependency bypass the layer order (upstream → infra → downstream).
 */
export const orthogonalEdges: Rule = {
  name: 'orthogonal-edges',
  codes: ['REGISTRY_ORTHOGONAL_EDGE'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const edge of view.edges) {
      const from = view.manifests.get(edge.from);
      const to = view.manifests.get(edge.to)?.doc;
      if (from === undefined || to === undefined) continue;
      const fromOrthogonal = from.doc.orthogonal === true;
      const toOrthogonal = to.orthogonal === true;
      if (toOrthogonal && edge.kind === 'contract') {
        report(
          diagnostic(
            'REGISTRY_ORTHOGONAL_EDGE',
            from.file,
            pointerOf('dependsOn', edge.index, 'kind'),
            `"${edge.from}" has a contract edge to "${edge.to}", an orthogonal member; orthogonal members own no bus, so there is no contract to read.`,
            `Make it a "build" or "runtime" edge, or remove it.`,
          ),
        );
      } else if (fromOrthogonal && !toOrthogonal) {
        report(
          diagnostic(
            'REGISTRY_ORTHOGONAL_EDGE',
            from.file,
            pointerOf('dependsOn', edge.index),
            `"${edge.from}" is orthogonal (infrastructure outside the layer order) but depends on "${edge.to}", a member of the bus chain.`,
            `Remove the edge (let "${edge.to}" depend on "${edge.from}" instead), or drop "orthogonal": true and give "${edge.from}" a layer.`,
          ),
        );
      }
    }
  },
};
