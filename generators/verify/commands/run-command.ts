import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError, UserError } from '../../cli/command';
import { diskRunFiles } from '../disk-run-files';
import { readDocument } from '../file-scan';
import { DEFAULT_LIMITS } from '../limits';
import type { RunFiles } from '../run-files';
import { ULID } from '../rules/run-record/run-record-exists';
import { verifyModel } from '../verify-model';
import { EXIT_CODES, printVerifyReport } from '../verify-report';
import { verifyRun } from '../verify-run';
import type { VerifyHost } from './verify-host';

const OPTIONS = { repo: { type: 'string' }, run: { type: 'string' }, latest: { type: 'boolean' }, date: { type: 'string' }, ...FORMAT_OPTIONS } as const;

function help(host: VerifyHost): string {
  return `Usage: ${host.invocation} run [<member>] --repo <checkout> [--date YYYY-MM-DD] [--run <run_id> | --latest] [--json | --format text|json|github]${host.optionsUsage}

Checks one run of a member against the manual: its run record (exists,
run_record.v1, project, error codes), its seams (input manifests, schema
versions), its outputs (required ones exist, listed paths exist, each validates
against its contract, JSONL streamed line by line, none undeclared) and the bus
manifests it wrote (manifest.v1, producer, partition, created_by, sha256 and
record counts, no unlisted file). Nothing outside <checkout> is read; links are
never followed.

  <member>            the member whose run it is (default: the name in the
                      checkout's own member manifest)
  --repo <checkout>   the member's checkout (required)
  --run <run_id>      the run to check
  --latest            the latest run (default)
  --date YYYY-MM-DD   the partition date; without --run/--latest, the latest run that wrote it
  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
${[...host.optionsHelp, '  -h, --help          this help'].join('\n')}

Exit codes: 0 the run complies; 1 it does not (stop the line): a violation, or
a failed run (its record complies: the report says "stopped the line" when an
error has stopTheLine), or the manual's sources have problems; 2 a bug.`;
}

/** `verify run`: one run of a member against the manual. */
export function runCommand(host: VerifyHost): (argv: readonly string[]) => Promise<number> {
  return command({ name: `${host.invocation} run`, help: help(host), options: { ...OPTIONS, ...host.options }, positionals: { max: 1 } }, async ({ values, positionals }) => {
    const format = formatOf(values);
    if (values.repo === undefined) throw new UsageError('--repo <checkout> is required: the member checkout holding the run.');
    const repo = rootOf(values.repo, '--repo');
    if (values.run !== undefined && values.latest === true) throw new UsageError('--run and --latest are exclusive.');
    if (values.run !== undefined && !ULID.test(values.run)) throw new UsageError(`--run must be a run id (a ULID); got ${JSON.stringify(values.run)}.`);
    if (values.date !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD; got ${JSON.stringify(values.date)}.`);
    const manual = host.manual(values, 'run', format);
    if (manual === undefined) return 1;
    const files = diskRunFiles(repo);
    const member = positionals[0] ?? (await memberOfCheckout(files, manual.data.manifestFile));
    const model = verifyModel(manual.data, member);
    if (!model.ok) throw new UserError(`"${member}" is not an admitted member. Members: ${model.known.join(', ')}.`);
    const selection = { ...(values.run === undefined ? {} : { run: values.run }), ...(values.date === undefined || values.latest === true ? {} : { date: values.date }) };
    const report = await verifyRun(model.model, files, manual.validators, selection);
    printVerifyReport(report, format);
    return EXIT_CODES[report.status];
  });
}

/** The member a checkout belongs to: the `name` in its own member manifest. */
async function memberOfCheckout(files: RunFiles, manifestFile: string): Promise<string> {
  const stat = files.stat(manifestFile);
  const read = stat.kind === 'file' ? await readDocument(files, manifestFile, DEFAULT_LIMITS) : undefined;
  const name = (read?.value as { name?: unknown } | undefined)?.name;
  if (typeof name === 'string') return name;
  throw new UserError(`Name the member (run <member> --repo …): the checkout has no readable ${manifestFile} with a "name" to take it from${read?.diagnostics[0] === undefined ? '' : ` (${read.diagnostics[0].code})`}.`);
}
