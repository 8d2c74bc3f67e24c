import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { listOf, viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** Every contract id a manifest or the registry names has a schema in schemas/contracts/. */
export const contractsHaveSchemas: Rule = {
  name: 'contracts-have-schemas',
  codes: ['REGISTRY_CONTRACT_NO_SCHEMA'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    const missing = (file: string, pointer: string, id: string, where: string): void => {
      if (view.rejectedContracts.has(id)) return;
      report(
        diagnostic(
          'REGISTRY_CONTRACT_NO_SCHEMA',
          file,
          pointer,
          `"${id}" is listed in ${where} but has no schema.`,
          `Add schemas/contracts/${id}.schema.json, or use an existing contract: ${listOf(view.contractIds)}.`,
        ),
      );
    };
    (view.registry.sharedContracts ?? []).forEach((id, i) => {
      if (!view.contractIds.has(id)) missing(view.registryFile, pointerOf('sharedContracts', i), id, '"sharedContracts"');
    });
    for (const { file, doc } of view.manifests.values()) {
      doc.outputs.forEach((o, i) => {
        if (!view.contractIds.has(o.contract)) missing(file, pointerOf('outputs', i, 'contract'), o.contract, '"outputs"');
      });
      doc.inputs.forEach((id, i) => {
        if (!view.contractIds.has(id)) missing(file, pointerOf('inputs', i), id, '"inputs"');
      });
    }
  },
};
