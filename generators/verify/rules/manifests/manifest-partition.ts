import { diagnostic } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Each manifest names the contract of its partition's data files and the date of its folder. */
export const manifestPartition: RunRule = {
  name: 'manifest-partition',
  codes: ['VERIFY_MANIFEST_PARTITION'],
  async check(ctx, report) {
    for (const { path, manifest, contract, date } of await writtenManifests(ctx)) {
      if (manifest === undefined) continue;
      if (contract !== undefined && manifest.contract !== contract) {
        report(diagnostic('VERIFY_MANIFEST_PARTITION', path, '/contract', `The manifest says its files follow ${manifest.contract}, but ${ctx.model.member} writes ${contract} in this partition.`, `Set "contract" to "${contract}".`));
      }
      if (date !== undefined && manifest.date !== date) {
        report(diagnostic('VERIFY_MANIFEST_PARTITION', path, '/date', `The manifest's date is ${manifest.date}, but it lies in the partition folder of ${date}.`, `Set "date" to "${date}".`));
      }
    }
  },
};
