import { diagnostic } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** A bus contract has exactly one writer, its owner; shared contracts (manifest, run record) are written by everyone. */
export const singleBusOwner: Rule = {
  name: 'single-bus-owner',
  codes: ['REGISTRY_CONTRACT_MULTIPLE_PRODUCERS'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const [id, emitters] of view.emitters) {
      if (view.shared.has(id) || emitters.length < 2) continue;
      for (const name of emitters) {
        const manifest = view.manifests.get(name);
        if (manifest === undefined) continue;
        const index = manifest.doc.outputs.findIndex((o) => o.contract === id);
        const others = emitters.filter((n) => n !== name);
        report(
          diagnostic(
            'REGISTRY_CONTRACT_MULTIPLE_PRODUCERS',
            manifest.file,
            `/outputs/${index}/contract`,
            `"${id}" is also emitted by ${others.map((n) => `"${n}"`).join(', ')}; a bus contract has exactly one producer, its owner.`,
            `Keep "${id}" in the outputs of its owner only; another member that needs to publish similar data defines a contract of its own. If every member writes it, list it in "sharedContracts" of ${view.registryFile}.`,
          ),
        );
      }
    }
  },
};
