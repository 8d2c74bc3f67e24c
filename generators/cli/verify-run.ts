import { catalogValidators } from '../verify/validators';
import { diskRunFiles } from '../verify/disk-run-files';
import { ULID } from '../verify/rules/run-record/run-record-exists';
import { verifyModel } from '../verify/verify-model';
import { EXIT_CODES, printVerifyReport } from '../verify/verify-report';
import { verifyRun } from '../verify/verify-run';
import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError } from './command';
import { catalogForVerify } from './verify-catalog';

const HELP = `Usage: npm run verify -- run <member> --repo <checkout> [--date YYYY-MM-DD] [--run <run_id> | --latest] [--json | --format text|json|github] [--root <dir>]

Checks one run of a member against the manual: its run record (exists,
run_record.v1, project, error codes), its seams (input manifests, schema
versions), its outputs (required ones exist, listed paths exist, each validates
against its contract, JSONL streamed line by line, none undeclared) and the bus
manifests it wrote (manifest.v1, producer, partition, created_by, sha256 and
record counts, no unlisted file). Nothing outside <checkout> is read; links are
never followed.

  --repo <checkout>   the member's checkout (required)
  --run <run_id>      the run to check
  --latest            the latest run (default)
  --date YYYY-MM-DD   the partition date; without --run/--latest, the latest run that wrote it
  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
  --root <dir>        the manual's folder (default: the current folder)
  -h, --help          this help

Exit codes: 0 the run complies; 1 a violation (stop the line), or the manual's
sources have problems; 3 the run failed and its record says so as the manual
requires (status "stopped" when an error has stopTheLine, else "failed"); 2 a bug.`;

const OPTIONS = { repo: { type: 'string' }, run: { type: 'string' }, latest: { type: 'boolean' }, date: { type: 'string' }, root: { type: 'string' }, ...FORMAT_OPTIONS } as const;

export default command({ name: 'npm run verify -- run', help: HELP, options: OPTIONS, positionals: { min: 1, max: 1 } }, async ({ values, positionals }) => {
  const format = formatOf(values);
  const root = rootOf(values.root);
  if (values.repo === undefined) throw new UsageError('--repo <checkout> is required: the member checkout holding the run.');
  const repo = rootOf(values.repo, '--repo');
  if (values.run !== undefined && values.latest === true) throw new UsageError('--run and --latest are exclusive.');
  if (values.run !== undefined && !ULID.test(values.run)) throw new UsageError(`--run must be a run id (a ULID); got ${JSON.stringify(values.run)}.`);
  if (values.date !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD; got ${JSON.stringify(values.date)}.`);
  const catalog = catalogForVerify(root, 'run', format);
  if (catalog === undefined) return 1;
  const member = positionals[0]!;
  const model = verifyModel(catalog, member);
  if (!model.ok) throw new UsageError(`"${member}" is not an admitted member. Members: ${model.known.join(', ')}.`);
  const selection = { ...(values.run === undefined ? {} : { run: values.run }), ...(values.date === undefined || values.latest === true ? {} : { date: values.date }) };
  const report = await verifyRun(model.model, diskRunFiles(repo), catalogValidators(catalog), selection);
  printVerifyReport(report, format);
  return EXIT_CODES[report.status];
});
