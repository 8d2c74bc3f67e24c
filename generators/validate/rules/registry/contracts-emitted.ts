import { diagnostic } from '../../../diagnostics/diagnostic';
import { contractIdOf } from '../../../model/contract-id';
import { supersedingVersion } from '../../../model/contract-versions';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Every contract schema is written by some member, is shared by all, or is an old
 * version superseded by an emitted later one (old versions stay published).
 */
export const contractsEmitted: Rule = {
  name: 'contracts-emitted',
  codes: ['REGISTRY_CONTRACT_UNEMITTED'],
  check(sources, report) {
    const view = viewOf(sources);
    // With a manifest missing, its outputs are unknown; that manifest is reported instead.
    if (view === undefined || view.incomplete) return;
    for (const { file } of sources.contracts) {
      const id = contractIdOf(file);
      if (view.shared.has(id) || (view.emitters.get(id) ?? []).length > 0) continue;
      if (supersedingVersion(id, view.contractIds, view.emitters) !== undefined) continue;
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
