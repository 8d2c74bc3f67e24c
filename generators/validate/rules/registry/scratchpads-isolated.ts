import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** A scratchpad may read buses, but nothing depends on it and nobody reads what it writes (docs/exceptions.md). */
export const scratchpadsIsolated: Rule = {
  name: 'scratchpads-isolated',
  codes: ['REGISTRY_DEPENDS_ON_SCRATCHPAD', 'REGISTRY_READS_SCRATCHPAD'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    const isScratchpad = (name: string): boolean => view.manifests.get(name)?.doc.scratchpad === true;
    for (const edge of view.edges) {
      if (!isScratchpad(edge.to)) continue;
      const file = view.manifests.get(edge.from)?.file ?? view.registryFile;
      report(
        diagnostic('REGISTRY_DEPENDS_ON_SCRATCHPAD', file, pointerOf('dependsOn', edge.index, 'to'), `"${edge.to}" is a scratchpad; nothing may depend on it.`, `Remove the edge; if others need what "${edge.to}" makes, promote it: give it a contract and drop "scratchpad": true.`),
      );
    }
    for (const [name, { file, doc }] of view.manifests) {
      doc.inputs.forEach((id, i) => {
        if (view.shared.has(id)) return;
        for (const writer of (view.emitters.get(id) ?? []).filter((w) => w !== name && isScratchpad(w))) {
          report(
            diagnostic('REGISTRY_READS_SCRATCHPAD', file, pointerOf('inputs', i), `"${name}" reads "${id}", an output of the scratchpad "${writer}"; a scratchpad's outputs are not a bus.`, `Remove "${id}" from "inputs", or promote "${writer}" to a producer that owns "${id}".`),
          );
        }
      });
    }
  },
};
