import { command, FORMAT_OPTIONS, formatOf, rootOf } from './command';
import { printGateReport } from './gate-report';
import { runCheck } from './run-check';
import { runCli } from './run-cli';

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
    const { report, drift } = await runCheck(root, values['no-cache'] !== true);
    printGateReport(report, format, drift);
    return report.ok ? 0 : 1;
  },
);

if (require.main === module) runCli(check);
