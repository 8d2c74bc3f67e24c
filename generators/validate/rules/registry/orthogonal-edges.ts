import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Orthogonal (infrastructure) members sit beside the bus chain, outside the layer
 * order, and stay out of its dependency graph:
 * - no member of the chain depends on one, whatever the edge kind;
 * - it depends on no member of the chain: with no layer of its own, an edge from it
 *   into the chain would let a dependency bypass the layer order.
 * Orthogonal members may depend on each other.
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
      if (toOrthogonal && !fromOrthogonal) {
        report(
          diagnostic(
            'REGISTRY_ORTHOGONAL_EDGE',
            from.file,
            pointerOf('dependsOn', edge.index),
            `"${edge.from}" has a ${edge.kind} edge to "${edge.to}", an orthogonal (infrastructure) member; members of the bus chain take no edges into infrastructure.`,
            `Remove the edge, or, if "${edge.from}" really builds on "${edge.to}", drop "orthogonal": true from "${edge.to}" and give it a layer.`,
          ),
        );
      } else if (fromOrthogonal && !toOrthogonal) {
        report(
          diagnostic(
            'REGISTRY_ORTHOGONAL_EDGE',
            from.file,
            pointerOf('dependsOn', edge.index),
            `"${edge.from}" is orthogonal (infrastructure outside the layer order) but depends on "${edge.to}", a member of the bus chain.`,
            `Remove the edge, or drop "orthogonal": true and give "${edge.from}" a layer.`,
          ),
        );
      }
    }
  },
};
