import { diagnostic } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** Every contract schema is written by some member, or is shared by all; a schema nobody writes documents nothing. */
export const contractsEmitted: Rule = {
  name: 'contracts-emitted',
  codes: ['REGISTRY_CONTRACT_UNEMITTED'],
  check(sources, report) {
    const view = viewOf(sources);
    // With a manifest missing, its outputs are unknown; that manifest is reported instead.
    if (view === undefined || view.incomplete) return;
    for (const { file } of sources.contracts) {
      const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.schema\.json$/, '');
      if (view.shared.has(id) || (view.emitters.get(id) ?? []).length > 0) continue;
      report(
        diagnostic(
          'REGISTRY_CONTRACT_UNEMITTED',
          file,
          '',
          `No member emits "${id}", and it is not a shared contract.`,
          `Add "${id}" to the "outputs" of the member that owns its bus, list it in "sharedContracts" of ${view.registryFile} if every member writes it, or remove the schema.`,
        ),
      );
    }
  },
};
