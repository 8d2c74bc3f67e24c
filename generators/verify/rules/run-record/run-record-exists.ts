import { diagnostic, type Diagnostic } from '../../../diagnostics/diagnostic';
import { readDocument } from '../../file-scan';
import type { VerifyLimits } from '../../limits';
import { outputTemplates, RUN_RECORD_CONTRACT } from '../../output-templates';
import { joinPath, type RunFiles } from '../../run-files';
import type { VerifyModel } from '../../verify-model';
import type { RuleInfo } from '../rule-info';

export const runRecordExists: RuleInfo = {
  name: 'run-record-exists',
  codes: ['VERIFY_RUN_RECORD_MISSING'],
};

export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export interface RunSelection {
  /** A run id: that run. */
  readonly run?: string;
  /** With neither `run` nor `latest`: the latest run that wrote a partition of this date. */
  readonly date?: string;
}

/** The member's run-records folder, checkout-relative, without a trailing slash: `runRecords`, else the folder of its run_record.v1 output. */
export function runRecordsDir(model: VerifyModel): string {
  const declared = model.manifest.runRecords ?? model.manifest.outputs.find((o) => o.contract === RUN_RECORD_CONTRACT)?.path.replace(/[^/]*$/, '') ?? 'artifacts/run_records/';
  return declared.replace(/\/+$/, '');
}

/**
 * Finds the run record to verify in the member's `runRecords` folder: the one
 * named by its run id, else the latest (ULIDs sort by time), else — with a date
 * only — the latest whose output paths hold a partition of that date.
 */
export async function findRunRecord(model: VerifyModel, files: RunFiles, selection: RunSelection, limits: VerifyLimits): Promise<{ path: string } | { diagnostic: Diagnostic }> {
  const dir = runRecordsDir(model);
  const names = (files.list(dir) ?? []).filter((n) => n.endsWith('.json') && ULID.test(n.slice(0, -5))).sort().reverse();
  const known = names.length === 0 ? `The folder holds no run record (<run_id>.json).` : `Run records there: ${names.slice(0, 5).map((n) => n.slice(0, -5)).join(', ')}${names.length > 5 ? `, … (${names.length})` : ''}.`;
  const missing = (message: string): { diagnostic: Diagnostic } => ({
    diagnostic: diagnostic('VERIFY_RUN_RECORD_MISSING', selection.run === undefined ? `${dir}/` : joinPath(dir, `${selection.run}.json`), '', `${message} ${known}`, `Every run of ${model.member} writes its run record (run_record.v1) to ${dir}/<run_id>.json, last, whether it succeeded or failed.`),
  });
  if (selection.run !== undefined) {
    const path = joinPath(dir, `${selection.run}.json`);
    return names.includes(`${selection.run}.json`) || files.stat(path).kind !== 'missing' ? { path } : missing(`${model.member} has no run record for run ${selection.run} in ${dir}/.`);
  }
  if (selection.date === undefined) {
    const latest = names[0];
    return latest === undefined ? missing(`${model.member} has no run record in ${dir}/.`) : { path: joinPath(dir, latest) };
  }
  const templates = outputTemplates(model.manifest);
  for (const name of names) {
    const read = await readDocument(files, joinPath(dir, name), limits);
    const paths = (read.value as { output_paths?: unknown } | undefined)?.output_paths;
    if (Array.isArray(paths) && paths.some((p) => typeof p === 'string' && templates.some((t) => t.match(p)?.date === selection.date))) return { path: joinPath(dir, name) };
  }
  return missing(`No run record of ${model.member} in ${dir}/ lists an output for ${selection.date}.`);
}
