import { diagnostic } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/**
 * After a successful run, every output with `requiredWhenEmpty` exists for the
 * run's partition, even when it holds no records. A failed run need not have written them.
 */
export const requiredOutputsExist: RunRule = {
  name: 'required-outputs-exist',
  codes: ['VERIFY_OUTPUT_REQUIRED_MISSING', 'VERIFY_SYMLINK', 'VERIFY_NOT_A_FILE'],
  async check(ctx, report) {
    if (ctx.record.status !== 'success') return;
    const required = ctx.templates.filter((t) => t.requiredWhenEmpty);
    const dated = required.filter((t) => t.template.includes('{YYYY-MM-DD}'));
    if (ctx.dates.length === 0 && dated.length > 0) {
      report(diagnostic('VERIFY_OUTPUT_REQUIRED_MISSING', ctx.recordPath, '/output_paths', `The run succeeded but wrote no partition: none of its output paths is one of ${dated.map((t) => t.template).join(', ')}.`, 'A successful run writes every output marked requiredWhenEmpty for its date, empty if need be; or pass --date to name the partition.'));
      return;
    }
    const dates = ctx.dates.length === 0 ? [''] : ctx.dates;
    const seen = new Set<string>();
    for (const date of dates) {
      for (const t of required) {
        const path = t.pathFor(date, ctx.record.run_id);
        if (path === undefined || seen.has(path)) continue;
        seen.add(path);
        const s = ctx.files.stat(path);
        if (s.kind === 'file') continue;
        if (s.kind === 'dir' || s.kind === 'refused') {
          if (!ctx.firstReportOf(path)) continue;
          const [code, why] = s.kind === 'dir' ? ['VERIFY_NOT_A_FILE', 'it is a folder'] : [s.code, s.reason];
          report(diagnostic(code, path, '', `The required output ${path} was not read: ${why}.`, 'Write outputs as regular files inside the checkout.'));
          continue;
        }
        report(diagnostic('VERIFY_OUTPUT_REQUIRED_MISSING', path, '', `${ctx.model.member} must write ${t.template} (${t.contract}) on every successful run, even when empty${date === '' ? '' : `; it is missing for ${date}`}.`, `Write the ${t.contract} output even when the run has nothing to put in it (an empty file, a document with empty lists).`));
      }
    }
  },
};
