import type { ValidateOptions } from '../validate';
import { command, FORMAT_OPTIONS, formatOf, rootOf } from './command';
import { printGateReport } from './gate-report';
import { runGenReport } from './run-gen';
import { runCli } from './run-cli';

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
  const report = await runGenReport(rootOf(values.root), options, values['no-cache'] !== true);
  printGateReport(report, format);
  return report.ok ? 0 : 1;
}

export const gen = command({ name: 'npm run gen', help: HELP, options: GEN_OPTIONS }, ({ values }) => runGen(values));

if (require.main === module) runCli(gen);
