import type { Diagnostic } from '../diagnostics/diagnostic';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import { githubAnnotation } from '../diagnostics/github-annotations';
import type { Drift } from '../emit/drift';
import { formatDrift } from '../emit/format-drift';
import type { GateReport } from '../../src/types/sources/gate-report';
import type { OutputFormat } from './command';

export type { GateReport };

const NO_DRIFT: Drift = { missing: [], changed: [], orphaned: [] };

/**
 * The one report shape of `gen` and `check` (`--json`, documented by
 * schemas/meta/gate-report.schema.json): the same fields whether the run passed,
 * found drift or found source problems.
 */
export function gateReport(input: {
  readonly ok: boolean;
  readonly summary: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly drift?: Drift;
  readonly written?: readonly string[];
  readonly removed?: readonly string[];
}): GateReport {
  const drift = input.drift ?? NO_DRIFT;
  return {
    ok: input.ok,
    summary: input.summary,
    diagnostics: (input.diagnostics ?? []).map((d) => ({ ...d })),
    drift: {
      missing: drift.missing.map((file) => ({ code: 'GENERATED_MISSING', file })),
      changed: drift.changed.map(({ path, diff }) => ({ code: 'GENERATED_CHANGED', file: path, diff })),
      orphaned: drift.orphaned.map((file) => ({ code: 'GENERATED_ORPHAN', file })),
    },
    written: [...(input.written ?? [])],
    removed: [...(input.removed ?? [])],
  };
}

/** Prints a report: text for people (summary last), JSON for tools, annotations for GitHub Actions. */
export function printGateReport(report: GateReport, format: OutputFormat, drift: Drift = NO_DRIFT): void {
  if (format === 'json') {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (format === 'github') {
    for (const d of report.diagnostics) console.log(githubAnnotation(d));
    for (const entry of [...report.drift.missing, ...report.drift.changed, ...report.drift.orphaned]) {
      console.log(githubAnnotation({ code: entry.code, file: entry.file, pointer: '', message: DRIFT_MESSAGES[entry.code] ?? entry.code, hint: 'Run `npm run gen` and commit the result.' }));
    }
    console.log(report.summary);
    return;
  }
  for (const path of report.written) console.log(`wrote   ${path}`);
  for (const path of report.removed) console.log(`removed ${path}`);
  const problems = report.diagnostics.map((d) => formatDiagnostic(d as Diagnostic));
  if (problems.length > 0) console.error(problems.join('\n'));
  if (drift.missing.length + drift.changed.length + drift.orphaned.length > 0) console.error(formatDrift(drift));
  (report.ok ? console.log : console.error)(report.summary);
}

const DRIFT_MESSAGES: Readonly<Record<string, string>> = {
  GENERATED_MISSING: 'The generated file is missing.',
  GENERATED_CHANGED: 'The generated file differs from what its sources generate (edited by hand or stale).',
  GENERATED_ORPHAN: 'No source generates this file, but it lies in a generator-owned folder.',
};

/** A report's problems as the text format prints them (one diagnostic with its fix per entry, the summary last): for places that show text rather than print it. */
export function gateReportProblemsText(report: GateReport): string {
  return [...report.diagnostics.map((d) => formatDiagnostic(d as Diagnostic)), report.summary].join('\n');
}
