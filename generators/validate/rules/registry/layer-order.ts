import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Edges follow the registry's layer order, upstream first: a member never depends on
 * a member of a later layer. Orthogonal members take no place in the order, so their
 * edges are judged by orthogonal-edges instead; unknown layers are reported on their own.
 */
export const layerOrder: Rule = {
  name: 'layer-order',
  codes: ['REGISTRY_LAYER_ORDER', 'REGISTRY_LAYER_MISSING'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    const layers = view.registry.layers ?? [];
    if (layers.length > 0) {
      for (const [name, { file, doc }] of view.manifests) {
        if (doc.layer === undefined && doc.orthogonal !== true) {
          report(diagnostic('REGISTRY_LAYER_MISSING', file, '', `"${name}" is not orthogonal but names no layer.`, `Add "layer": one of ${layers.join(', ')}; or mark the member "orthogonal": true if it is infrastructure outside the bus chain.`));
        }
      }
    }
    for (const edge of view.edges) {
      const from = view.manifests.get(edge.from);
      const to = view.manifests.get(edge.to)?.doc;
      if (from === undefined || to === undefined || from.doc.orthogonal === true || to.orthogonal === true) continue;
      const fromRank = from.doc.layer === undefined ? undefined : view.layerRank.get(from.doc.layer);
      const toRank = to.layer === undefined ? undefined : view.layerRank.get(to.layer);
      if (fromRank === undefined || toRank === undefined || toRank <= fromRank) continue;
      report(
        diagnostic(
          'REGISTRY_LAYER_ORDER',
          from.file,
          pointerOf('dependsOn', edge.index),
          `"${edge.from}" (layer ${String(from.doc.layer)}) depends on "${edge.to}" (layer ${String(to.layer)}), a later layer; edges point upstream only (${layers.join(' → ')}).`,
          `Remove the edge, or move one of the members to another layer so that "${edge.to}" is not downstream of "${edge.from}".`,
        ),
      );
    }
  },
};
