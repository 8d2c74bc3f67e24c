import { diagnostic } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Each manifest the run wrote has `created_by` equal to the run id, so its run record explains it. */
export const manifestCreatedBy: RunRule = {
  name: 'manifest-created-by',
  codes: ['VERIFY_MANIFEST_CREATED_BY'],
  async check(ctx, report) {
    for (const { path, manifest } of await writtenManifests(ctx)) {
      if (manifest === undefined || manifest.created_by === ctx.record.run_id) continue;
      report(diagnostic('VERIFY_MANIFEST_CREATED_BY', path, '/created_by', `The manifest was created by run ${manifest.created_by}, but run ${ctx.record.run_id} lists it as written.`, `Set "created_by" to the run id, ${ctx.record.run_id}.`));
    }
  },
};
