import { diagnostic } from '../../../diagnostics/diagnostic';
import { joinPath } from '../../run-files';
import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Every data file in a partition folder is listed in its manifest: consumers see only what the manifest lists. */
export const manifestComplete: RunRule = {
  name: 'manifest-complete',
  codes: ['VERIFY_MANIFEST_UNLISTED_FILE'],
  async check(ctx, report) {
    for (const { path, dir, manifest } of await writtenManifests(ctx)) {
      if (manifest === undefined) continue;
      const listed = new Set(manifest.files.map((f) => f.path));
      const own = path.slice(dir.length + 1);
      for (const name of ctx.files.list(dir) ?? []) {
        const kind = ctx.files.stat(joinPath(dir, name)).kind;
        if (name === own || listed.has(name) || kind === 'dir' || (kind === 'refused' && !ctx.firstReportOf(joinPath(dir, name)))) continue;
        report(diagnostic('VERIFY_MANIFEST_UNLISTED_FILE', joinPath(dir, name), '', `${name} lies in the partition folder ${dir}/ but its manifest does not list it.`, `List it in ${path} with its sha256 and record count, or remove it from the partition.`));
      }
    }
  },
};
