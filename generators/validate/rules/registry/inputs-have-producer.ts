import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { supersedingVersion } from '../../../model/contract-versions';
import { listOf, viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Every input is a bus contract some member emits. Shared contracts are not inputs:
 * every member reads manifests and writes run records, so listing them says nothing.
 */
export const inputsHaveProducer: Rule = {
  name: 'inputs-have-producer',
  codes: ['REGISTRY_INPUT_NO_PRODUCER', 'REGISTRY_INPUT_RETIRED_VERSION', 'REGISTRY_SHARED_CONTRACT_INPUT'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    const busContracts = [...view.emitters.keys()].filter((id) => !view.shared.has(id));
    for (const [name, { file, doc }] of view.manifests) {
      doc.inputs.forEach((id, i) => {
        const pointer = pointerOf('inputs', i);
        if (view.shared.has(id)) {
          report(
            diagnostic('REGISTRY_SHARED_CONTRACT_INPUT', file, pointer, `"${id}" is a shared contract (written by every member); it is not listed as an input.`, `Remove "${id}" from "inputs"; list the bus contracts "${name}" reads instead.`),
          );
          return;
        }
        // No schema: reported by contracts-have-schemas. Missing manifests: the producer may be among them.
        if (!view.contractIds.has(id) || view.incomplete || (view.emitters.get(id) ?? []).length > 0) return;
        const successor = supersedingVersion(id, view.contractIds, view.emitters);
        if (successor !== undefined) {
          report(
            diagnostic('REGISTRY_INPUT_RETIRED_VERSION', file, pointer, `"${name}" reads "${id}", which no member emits any more: it is superseded by "${successor}".`, `Move "${name}" to "${successor}" following the migration note on its contract page, then replace "${id}" with "${successor}" in "inputs".`),
          );
          return;
        }
        report(
          diagnostic('REGISTRY_INPUT_NO_PRODUCER', file, pointer, `"${name}" reads "${id}", but no member emits it.`, `Add "${id}" to the outputs of the member that owns its bus, or read one of the emitted bus contracts: ${listOf(busContracts)}.`),
        );
      });
    }
  },
};
