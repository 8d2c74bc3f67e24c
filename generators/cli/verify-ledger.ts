import { basename, dirname, resolve } from 'node:path';
import { diskRunFiles } from '../verify/disk-run-files';
import { EXIT_CODES, printVerifyReport } from '../verify/verify-report';
import { verifyLedger } from '../verify/verify-ledger';
import { command, FORMAT_OPTIONS, formatOf, rootOf } from './command';
import { catalogForVerify } from './verify-catalog';

const HELP = `Usage: npm run verify -- ledger <PluginName> <ledger.jsonl> [--json | --format text|json|github] [--root <dir>]

Checks each entry of a plugin's ledger (JSON Lines, streamed) against the
plugin's generated ledger_contract.json (static/plugins/<PluginName>/).

  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
  --root <dir>        the manual's folder (default: the current folder)
  -h, --help          this help

Exit codes: 0 every entry is valid; 1 an invalid entry or a problem in the manual's sources; 2 a bug.`;

export default command(
  { name: 'npm run verify -- ledger', help: HELP, options: { root: { type: 'string' }, ...FORMAT_OPTIONS }, positionals: { min: 2, max: 2 } },
  async ({ values, positionals }) => {
    const format = formatOf(values);
    const root = rootOf(values.root);
    const catalog = catalogForVerify(root, 'ledger', format);
    if (catalog === undefined) return 1;
    const [plugin, file] = positionals as [string, string];
    const absolute = resolve(file);
    const report = await verifyLedger(catalog, plugin, diskRunFiles(dirname(absolute)), basename(absolute), file);
    printVerifyReport(report, format);
    return EXIT_CODES[report.status];
  },
);
