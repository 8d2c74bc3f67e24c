import { runWithCache } from '../cache/run-with-cache';
import { diff } from '../emit/drift';
import { write } from '../emit/write';
import type { ValidateOptions } from '../validate';
import { command, FORMAT_OPTIONS, formatOf, rootOf } from './command';
import { gateReport, printGateReport, type GateReport } from './gate-report';
import { runCli } from './run-cli';
import { problemsSummary } from '../diagnostics/format-diagnostics';

const HELP = `Usage: npm run gen [-- --root <dir>] [-- --json | --format text|json|github] [-- --no-cache]

Validates every source (adr/, schemas/, registry/) and regenerates the files in
the generator-owned folders. Writes only files whose content changed, removes
orphans, and writes nothing at all when any source has a problem (exit 1).

  --root <dir>        the manual's folder (default: the current folder)
  --json              the report as JSON, the shape check prints
                      (schemas/meta/gate-report.schema.json), with written[] and removed[]
  --format github     GitHub Actions annotations on the lines of each problem
  --no-cache          ignore .cache-ops/ (unchanged work is reused from it; safe to delete)
  -h, --help          this help`;

export const GEN_OPTIONS = { root: { type: 'string' }, 'no-cache': { type: 'boolean' }, ...FORMAT_OPTIONS } as const;

/** gen's work once its arguments are parsed: relock calls it too, with the contracts to re-lock. */
export async function runGen(values: { root?: string; 'no-cache'?: boolean; json?: boolean; format?: string }, options: ValidateOptions = {}): Promise<number> {
  const format = formatOf(values);
  const report = await genReport(rootOf(values.root), options, values['no-cache'] !== true);
  printGateReport(report, format);
  return report.ok ? 0 : 1;
}

/** One gen run as its report, printed by the caller: import embeds it in its own report. */
export async function genReport(root: string, options: ValidateOptions = {}, useCache = true): Promise<GateReport> {
  const run = await runWithCache(root, options, useCache);
  if (run.kind === 'up-to-date') {
    return gateReport({ ok: true, summary: `gen: ${run.sourceCount} sources valid; ${run.plannedCount} files planned, 0 written, 0 removed (unchanged since the last run).` });
  }
  const result = run.result;
  if (!result.ok) return gateReport({ ok: false, summary: `gen: ${problemsSummary(result.diagnostics)}`, diagnostics: result.diagnostics });
  const { written, removed } = write(root, result.planned, diff(root, result.planned));
  const summary = `gen: ${result.sourceCount} sources valid; ${result.planned.size} files planned, ${written.length} written, ${removed.length} removed; ${run.steps.computed} of ${run.steps.total} rendering steps recomputed.`;
  return gateReport({ ok: true, summary, diagnostics: result.warnings, written, removed });
}

export const gen = command({ name: 'npm run gen', help: HELP, options: GEN_OPTIONS }, ({ values }) => runGen(values));

if (require.main === module) runCli(gen);
