import { diskRunFiles } from '../verify/disk-run-files';
import { EXIT_CODES, printVerifyReport } from '../verify/verify-report';
import { verifyMemberManifest } from '../verify/verify-member-manifest';
import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError } from './command';
import { catalogForVerify } from './verify-catalog';

const HELP = `Usage: npm run verify -- manifest --repo <checkout> [--reconcile] [--json | --format text|json|github] [--root <dir>]

Checks the member manifest at the root of a member checkout (the registry's
manifestFile) against schemas/meta/project.schema.json and the registry: the
name is registered and the content is the same as registry/projects/<name>.json.

  --repo <checkout>   the member's checkout (required)
  --reconcile         also compare its build edges with its package.json and
                      go.mod (the same code as npm run sync -- --reconcile)
  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
  --root <dir>        the manual's folder (default: the current folder)
  -h, --help          this help

Exit codes: 0 valid, registered and in sync; 1 a problem; 2 a bug.`;

export default command(
  { name: 'npm run verify -- manifest', help: HELP, options: { repo: { type: 'string' }, reconcile: { type: 'boolean' }, root: { type: 'string' }, ...FORMAT_OPTIONS } },
  async ({ values }) => {
    const format = formatOf(values);
    const root = rootOf(values.root);
    if (values.repo === undefined) throw new UsageError('--repo <checkout> is required: the member checkout holding its manifest.');
    const repo = rootOf(values.repo, '--repo');
    const catalog = catalogForVerify(root, 'manifest', format);
    if (catalog === undefined) return 1;
    const report = await verifyMemberManifest(catalog, diskRunFiles(repo), repo, values.reconcile === true);
    printVerifyReport(report, format);
    return EXIT_CODES[report.status];
  },
);
