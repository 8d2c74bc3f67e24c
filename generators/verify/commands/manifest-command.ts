import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError } from '../../cli/command';
import { diskRunFiles } from '../disk-run-files';
import { EXIT_CODES, printVerifyReport } from '../verify-report';
import { verifyMemberManifest } from '../verify-member-manifest';
import type { VerifyHost } from './verify-host';

function help(host: VerifyHost): string {
  return `Usage: ${host.invocation} manifest --repo <checkout> [--reconcile] [--json | --format text|json|github]${host.optionsUsage}

Checks the member manifest at the root of a member checkout (the registry's
manifestFile) against schemas/meta/project.schema.json and the registry: the
name is registered and the content is the same as registry/projects/<name>.json.

  --repo <checkout>   the member's checkout (required)
  --reconcile         also compare its build edges with its package.json and
                      go.mod (the same code as npm run sync -- --reconcile)
  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
${[...host.optionsHelp, '  -h, --help          this help'].join('\n')}

Exit codes: 0 valid, registered and in sync; 1 a problem; 2 a bug.`;
}

/** `verify manifest`: a member's own manifest against the meta-schema and the registry. */
export function manifestCommand(host: VerifyHost): (argv: readonly string[]) => Promise<number> {
  return command({ name: `${host.invocation} manifest`, help: help(host), options: { repo: { type: 'string' }, reconcile: { type: 'boolean' }, ...FORMAT_OPTIONS, ...host.options } }, async ({ values }) => {
    const format = formatOf(values);
    if (values.repo === undefined) throw new UsageError('--repo <checkout> is required: the member checkout holding its manifest.');
    const repo = rootOf(values.repo, '--repo');
    const manual = host.manual(values, 'manifest', format);
    if (manual === undefined) return 1;
    const report = await verifyMemberManifest(manual, diskRunFiles(repo), repo, values.reconcile === true);
    printVerifyReport(report, format);
    return EXIT_CODES[report.status];
  });
}
