import type { Diagnostic } from '../diagnostics/diagnostic';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import { githubAnnotation } from '../diagnostics/github-annotations';
import type { OutputFormat } from '../cli/command';

/**
 * - `compliant`: no violation (exit 0).
 * - `violations`: at least one violation (exit 1): stop the line.
 * - `stopped`: the run failed with a stop-the-line error and recorded it as the manual says (exit 1: the line is stopped).
 * - `failed`: the run failed with only errors that do not stop the line, recorded as the manual says (exit 1: it did not succeed).
 * - `sources-invalid`: the manual's own sources have problems; nothing was verified (exit 1).
 */
export type VerifyStatus = 'compliant' | 'violations' | 'stopped' | 'failed' | 'sources-invalid';

export type VerifyDiagnostic = Diagnostic & { readonly rule?: string };

/** What `npm run verify` prints with --json (schemas/meta/verify-report.schema.json). */
export interface VerifyReport {
  readonly ok: boolean;
  readonly command: 'run' | 'ledger' | 'manifest';
  readonly status: VerifyStatus;
  readonly summary: string;
  readonly member?: string;
  readonly run_id?: string;
  readonly dates?: readonly string[];
  /** Taxonomy codes with `stopTheLine` in a failed run's errors. */
  readonly stopped_by?: readonly string[];
  /** Rules run, by name (run only). */
  readonly rules?: readonly string[];
  readonly diagnostics: readonly VerifyDiagnostic[];
}

export const EXIT_CODES: Readonly<Record<VerifyStatus, number>> = { compliant: 0, violations: 1, 'sources-invalid': 1, stopped: 1, failed: 1 };

export function printVerifyReport(report: VerifyReport, format: OutputFormat): void {
  if (format === 'json') {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (format === 'github') {
    for (const d of report.diagnostics) console.log(githubAnnotation(d));
    console.log(report.summary);
    return;
  }
  const lines = report.diagnostics.map((d) => formatDiagnostic(d) + (d.rule === undefined ? '' : `\n    rule: ${d.rule}`));
  if (lines.length > 0) console.error(lines.join('\n'));
  (report.ok ? console.log : console.error)(report.summary);
}
