import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

export const projectLayerKnown: Rule = {
  name: 'project-layer-known',
  codes: ['PROJECT_UNKNOWN_LAYER'],
  check(sources, report) {
    // Without a valid registry there is nothing to judge layers against; that problem is reported on its own.
    if (sources.registry === undefined) return;
    const layers = sources.registry.doc.layers ?? [];
    for (const { file, doc } of sources.projects) {
      if (doc.layer !== undefined && !layers.includes(doc.layer)) {
        report(
          diagnostic('PROJECT_UNKNOWN_LAYER', file, '/layer', `"${doc.layer}" is not a layer of the registry.`, layers.length > 0 ? `Use one of: ${layers.join(', ')}; or add it to "layers" in registry/registry.json.` : 'Declare "layers" in registry/registry.json first.'),
        );
      }
    }
  },
};
