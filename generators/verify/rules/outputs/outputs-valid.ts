import { documentViolations } from '../../file-scan';
import type { RunRule } from '../rule';
import { writtenData } from './written-outputs';

/**
 * Every data file the run wrote validates against its contract: JSONL line by
 * line (streamed), JSON documents whole. Rendered pages (`.md`) are not data.
 */
export const outputsValid: RunRule = {
  name: 'outputs-valid',
  codes: ['VERIFY_OUTPUT_INVALID', 'VERIFY_JSONL_TRUNCATED', 'VERIFY_LINE_TOO_LONG', 'VERIFY_FILE_BOM', 'VERIFY_FILE_BINARY', 'VERIFY_JSON_INVALID', 'VERIFY_FILE_TOO_LARGE'],
  async check(ctx, report) {
    for (const o of writtenData(ctx)) {
      const t = o.template!;
      if (t.format === 'other' || ctx.files.stat(o.path).kind !== 'file') continue;
      const validate = ctx.validators.validatorFor(t.contract);
      // The sources' own rules guarantee every declared output contract exists (contracts-have-schemas).
      if (validate === undefined) throw new Error(`The manual has no contract ${t.contract}, which ${ctx.model.member} declares.`);
      if (t.format === 'jsonl') {
        for (const d of (await ctx.scan(o.path, t.contract)).diagnostics) report(d);
        continue;
      }
      const read = await ctx.document(o.path);
      for (const d of read.diagnostics) report(d);
      if (read.value !== undefined) for (const d of documentViolations('VERIFY_OUTPUT_INVALID', o.path, read, validate, `contract ${t.contract}`)) report(d);
    }
  },
};
