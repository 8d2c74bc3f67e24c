import { diagnostic } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/** The record's `project` is the member being verified. */
export const runRecordProject: RunRule = {
  name: 'run-record-project',
  codes: ['VERIFY_RUN_PROJECT_MISMATCH'],
  async check(ctx, report) {
    if (ctx.record.project === ctx.model.member) return;
    report(diagnostic('VERIFY_RUN_PROJECT_MISMATCH', ctx.recordPath, '/project', `The run record names the project "${ctx.record.project}", but it lies in the runRecords folder of ${ctx.model.member}.`, `Set "project" to "${ctx.model.member}" (the member's registry name) when writing the record.`));
  },
};
