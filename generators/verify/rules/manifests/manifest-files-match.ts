import { createHash } from 'node:crypto';
import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { documentRecords } from '../../file-scan';
import type { RunContext } from '../../run-context';
import { confinedPath, joinPath } from '../../run-files';
import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Every file a manifest lists exists in its partition folder, with the recorded sha256 and record count. */
export const manifestFilesMatch: RunRule = {
  name: 'manifest-files-match',
  codes: ['VERIFY_MANIFEST_FILE_MISSING', 'VERIFY_MANIFEST_SHA256', 'VERIFY_MANIFEST_RECORDS', 'VERIFY_PATH_OUTSIDE_PARTITION', 'VERIFY_PATH_OUTSIDE_REPO', 'VERIFY_SYMLINK', 'VERIFY_NOT_A_FILE'],
  async check(ctx, report) {
    for (const { path, dir, manifest } of await writtenManifests(ctx)) {
      if (manifest === undefined) continue;
      for (const [i, f] of manifest.files.entries()) {
        const at = pointerOf('files', i, 'path');
        const c = confinedPath(joinPath(dir, f.path));
        if (!c.ok) {
          report(diagnostic('VERIFY_PATH_OUTSIDE_REPO', path, at, `The listed file ${JSON.stringify(f.path)} lies outside the checkout; it was not read.`, 'List the partition\'s files by their paths relative to the manifest\'s folder.'));
          continue;
        }
        if (!c.path.startsWith(`${dir}/`)) {
          report(diagnostic('VERIFY_PATH_OUTSIDE_PARTITION', path, at, `The listed file ${JSON.stringify(f.path)} lies outside the partition folder ${dir}/; it was not read.`, 'A manifest lists only the files of its own partition folder.'));
          continue;
        }
        const s = ctx.files.stat(c.path);
        if (s.kind === 'missing') {
          report(diagnostic('VERIFY_MANIFEST_FILE_MISSING', path, at, `The manifest lists ${f.path}, but ${c.path} does not exist.`, 'Write every listed file before the manifest, or remove it from the list.'));
          continue;
        }
        if ((s.kind === 'dir' || s.kind === 'refused') && !ctx.firstReportOf(c.path)) continue;
        if (s.kind === 'dir') {
          report(diagnostic('VERIFY_NOT_A_FILE', path, at, `The listed ${c.path} is a folder.`, 'List files, not folders.'));
          continue;
        }
        if (s.kind === 'refused') {
          report(diagnostic(s.code, path, at, `The listed file ${c.path} was not read: ${s.reason}.`, 'Write partition files as regular files inside the partition folder.'));
          continue;
        }
        const found = await digestOf(ctx, c.path, manifest.contract);
        // A file that was not read (too large) is reported by the rule that read it.
        if (found.sha256 !== undefined && found.sha256 !== f.sha256) {
          report(diagnostic('VERIFY_MANIFEST_SHA256', path, pointerOf('files', i, 'sha256'), `${c.path} has sha256 ${found.sha256}, the manifest records ${f.sha256}: a partial write or a file changed after the manifest.`, 'Rerun the step, writing the manifest only after every data file is complete.'));
        }
        if (found.records !== undefined && found.records !== f.records) {
          report(diagnostic('VERIFY_MANIFEST_RECORDS', path, pointerOf('files', i, 'records'), `${c.path} holds ${found.records} record${found.records === 1 ? '' : 's'}, the manifest records ${f.records}.`, 'Count the records of the file as written (lines for JSONL, entries for JSON documents).'));
        }
      }
    }
  },
};

/** The sha256 and record count of a partition file, from the one shared pass over it. */
async function digestOf(ctx: RunContext, path: string, contract: string): Promise<{ sha256: string | undefined; records: number | undefined }> {
  if (path.endsWith('.jsonl')) {
    const scan = await ctx.scan(path, contract);
    return { sha256: scan.sha256, records: scan.records };
  }
  if (path.endsWith('.json')) {
    const read = await ctx.document(path);
    return { sha256: read.sha256, records: read.value === undefined ? undefined : documentRecords(contract, read.value) };
  }
  const hash = createHash('sha256');
  for await (const chunk of ctx.files.chunks(path)) hash.update(chunk);
  return { sha256: hash.digest('hex'), records: undefined };
}
