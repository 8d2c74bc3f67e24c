import { compareDiagnostics } from '../diagnostics/diagnostic';
import { DEFAULT_LIMITS, type VerifyLimits } from './limits';
import { outputTemplates } from './output-templates';
import { runContext } from './run-context';
import type { RunFiles } from './run-files';
import { RUN_RULES } from './rules';
import { findRunRecord, type RunSelection } from './rules/run-record/run-record-exists';
import { readRunRecord, runRecordValid } from './rules/run-record/run-record-valid';
import type { ValidatorSource } from './validator-source';
import type { VerifyDiagnostic, VerifyReport } from './verify-report';
import type { VerifyModel } from './verify-model';

/**
 * Verifies one run of one member: finds and reads its run record, then runs every
 * rule over it and its checkout. Pure over (model, files, validators): the caller
 * decides where they come from.
 */
export async function verifyRun(model: VerifyModel, files: RunFiles, validators: ValidatorSource, selection: RunSelection, limits: VerifyLimits = DEFAULT_LIMITS): Promise<VerifyReport> {
  const base = { command: 'run' as const, member: model.member };
  const fail = (diagnostics: VerifyDiagnostic[], what: string): VerifyReport => ({
    ...base,
    ok: false,
    status: 'violations',
    summary: `verify: ${model.member}: ${what}; ${count(diagnostics.length)} found.`,
    rules: [],
    diagnostics,
  });
  const found = await findRunRecord(model, files, selection, limits);
  if ('diagnostic' in found) return fail([{ ...found.diagnostic, rule: 'run-record-exists' }], 'no run record to verify');
  const read = await readRunRecord(files, found.path, validators, limits);
  if ('diagnostics' in read) {
    return fail(
      read.diagnostics.map((d) => ({ ...d, rule: d.code === 'VERIFY_RUN_RECORD_MISSING' ? 'run-record-exists' : runRecordValid.name })),
      `the run record ${found.path} is not valid, so the run was not checked further`,
    );
  }
  const record = read.record;
  const templates = outputTemplates(model.manifest);
  const dates =
    selection.date !== undefined
      ? [selection.date]
      : [...new Set(record.output_paths.flatMap((p) => templates.map((t) => t.match(p)?.date).filter((d) => d !== undefined)))].sort();
  const ctx = runContext({ model, files, validators, limits, templates, recordPath: found.path, record, dates });
  const diagnostics: VerifyDiagnostic[] = [];
  for (const rule of RUN_RULES) {
    const reported: VerifyDiagnostic[] = [];
    await rule.check(ctx, (d) => reported.push({ ...d, rule: rule.name }));
    diagnostics.push(...reported);
  }
  diagnostics.sort(compareDiagnostics);
  const stoppedBy = [...new Set(record.errors.map((e) => e.code).filter((c) => model.taxonomy.get(c)?.stopTheLine === true))].sort();
  const failed = record.status === 'failure';
  const status = diagnostics.length > 0 ? 'violations' : !failed ? 'compliant' : stoppedBy.length > 0 ? 'stopped' : 'failed';
  const run = `run ${record.run_id}${dates.length === 0 ? '' : ` (${dates.join(', ')})`}`;
  const summary =
    status === 'compliant'
      ? `verify: ${model.member} ${run} complies: ${RUN_RULES.length + 2} rules checked, no violation.`
      : status === 'violations'
        ? `verify: ${model.member} ${run}: ${count(diagnostics.length)} found; stop the line.`
        : status === 'stopped'
          ? `verify: ${model.member} ${run} failed and stopped the line (${stoppedBy.join(', ')}); its record complies.`
          : `verify: ${model.member} ${run} failed (${[...new Set(record.errors.map((e) => e.code))].join(', ') || 'no error recorded'}); its record complies.`;
  return {
    ...base,
    ok: status === 'compliant',
    status,
    summary,
    run_id: record.run_id,
    dates,
    ...(failed ? { stopped_by: stoppedBy } : {}),
    rules: ['run-record-exists', runRecordValid.name, ...RUN_RULES.map((r) => r.name)],
    diagnostics,
  };
}

function count(n: number): string {
  return `${n} violation${n === 1 ? '' : 's'}`;
}

