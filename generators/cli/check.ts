import { runWithCache } from '../cache/run-with-cache';
import { diff, isClean } from '../emit/drift';
import { command, FORMAT_OPTIONS, formatOf, rootOf } from './command';
import { gateReport, printGateReport } from './gate-report';
import { runCli } from './run-cli';
import { problemsSummary } from '../diagnostics/format-diagnostics';

const HELP = `Usage: npm run check [-- --root <dir>] [-- --json | --format text|json|github] [-- --no-cache]

Validates every source and compares the generated files with what the sources
generate. Writes nothing. Exits 1 on any source problem or any missing, changed
or orphaned generated file, 0 otherwise.

  --root <dir>        the manual's folder (default: the current folder)
  --json              the report as JSON (schemas/meta/gate-report.schema.json):
                      { ok, summary, diagnostics[], drift: { missing[], changed[], orphaned[] }, written[], removed[] }
  --format github     GitHub Actions annotations on the lines of each problem
  --no-cache          run everything; by default, when sources and code are
                      unchanged since the last run, the plan is taken from
                      .cache-ops/ and only the generated files are re-read and hashed
  -h, --help          this help`;

export const check = command(
  { name: 'npm run check', help: HELP, options: { root: { type: 'string' }, 'no-cache': { type: 'boolean' }, ...FORMAT_OPTIONS } },
  async ({ values }) => {
    const format = formatOf(values);
    const root = rootOf(values.root);
    const run = await runWithCache(root, {}, values['no-cache'] !== true);
    if (run.kind === 'up-to-date') {
      printGateReport(gateReport({ ok: true, summary: `check: ${run.sourceCount} sources valid; ${run.plannedCount} generated files up to date.` }), format);
      return 0;
    }
    const result = run.result;
    if (!result.ok) {
      printGateReport(gateReport({ ok: false, summary: `check: ${problemsSummary(result.diagnostics)}`, diagnostics: result.diagnostics }), format);
      return 1;
    }
    const drift = diff(root, result.planned);
    const clean = isClean(drift);
    const n = drift.missing.length + drift.changed.length + drift.orphaned.length;
    const summary = clean
      ? `check: ${result.sourceCount} sources valid; ${result.planned.size} generated files up to date.`
      : `check: ${result.sourceCount} sources valid; ${n} of ${result.planned.size} generated files out of date.`;
    printGateReport(gateReport({ ok: clean, summary, diagnostics: result.warnings, drift }), format, drift);
    return clean ? 0 : 1;
  },
);

if (require.main === module) runCli(check);
