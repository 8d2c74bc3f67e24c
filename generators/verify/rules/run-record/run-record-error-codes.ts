import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/** Every error code in the record is in the ecosystem error taxonomy, with the taxonomy's `retryable`. */
export const runRecordErrorCodes: RunRule = {
  name: 'run-record-error-codes',
  codes: ['VERIFY_ERROR_CODE_UNKNOWN', 'VERIFY_ERROR_RETRYABLE_MISMATCH'],
  async check(ctx, report) {
    const known = [...ctx.model.taxonomy.keys()].sort();
    ctx.record.errors.forEach((e, i) => {
      const entry = ctx.model.taxonomy.get(e.code);
      if (entry === undefined) {
        report(diagnostic('VERIFY_ERROR_CODE_UNKNOWN', ctx.recordPath, pointerOf('errors', i, 'code'), `"${e.code}" is not in the error taxonomy. Known codes: ${known.join(', ')}.`, 'Use a taxonomy code (UNKNOWN when none fits yet), or add the code to registry/error-taxonomy.json by ADR.'));
      } else if (entry.retryable !== e.retryable) {
        report(diagnostic('VERIFY_ERROR_RETRYABLE_MISMATCH', ctx.recordPath, pointerOf('errors', i, 'retryable'), `"retryable" is ${e.retryable} but the taxonomy says ${entry.retryable} for ${e.code}.`, `Copy "retryable" from the taxonomy entry: ${entry.retryable}.`));
      }
    });
  },
};
