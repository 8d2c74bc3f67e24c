import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Each bus manifest the run wrote validates against manifest.v1 (and is readable JSON). */
export const manifestValid: RunRule = {
  name: 'manifest-valid',
  codes: ['VERIFY_MANIFEST_INVALID', 'VERIFY_JSON_INVALID', 'VERIFY_FILE_BOM', 'VERIFY_FILE_BINARY', 'VERIFY_FILE_TOO_LARGE'],
  async check(ctx, report) {
    for (const m of await writtenManifests(ctx)) for (const d of m.problems) report(d);
  },
};
