import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { confinedPath } from '../../run-files';
import type { RunRule } from '../rule';

/** Every path in `output_paths` is a regular file inside the checkout (never read through a link). */
export const outputPathsExist: RunRule = {
  name: 'output-paths-exist',
  codes: ['VERIFY_OUTPUT_PATH_MISSING', 'VERIFY_PATH_OUTSIDE_REPO', 'VERIFY_SYMLINK', 'VERIFY_NOT_A_FILE'],
  async check(ctx, report) {
    ctx.record.output_paths.forEach((raw, i) => {
      const at = pointerOf('output_paths', i);
      const c = confinedPath(raw);
      if (!c.ok) {
        report(diagnostic('VERIFY_PATH_OUTSIDE_REPO', ctx.recordPath, at, `The output path ${JSON.stringify(raw)} ${c.reason}; it was not read.`, 'List every path the run wrote relative to the member checkout root, inside it.'));
        return;
      }
      const s = ctx.files.stat(c.path);
      if (s.kind === 'file' || ((s.kind === 'dir' || s.kind === 'refused') && !ctx.firstReportOf(c.path))) return;
      if (s.kind === 'missing') report(diagnostic('VERIFY_OUTPUT_PATH_MISSING', ctx.recordPath, at, `The run lists ${c.path} as written, but there is no such file.`, 'Write the file, or list only the paths the run really wrote.'));
      else if (s.kind === 'dir') report(diagnostic('VERIFY_NOT_A_FILE', ctx.recordPath, at, `The output path ${c.path} is a folder.`, 'List the files the run wrote, not their folders.'));
      else report(diagnostic(s.code, ctx.recordPath, at, `The output path ${c.path} was not read: ${s.reason}.`, 'Write outputs as regular files inside the checkout.'));
    });
  },
};
