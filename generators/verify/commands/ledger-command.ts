import { basename, dirname, resolve } from 'node:path';
import { command, FORMAT_OPTIONS, formatOf } from '../../cli/command';
import { diskRunFiles } from '../disk-run-files';
import { EXIT_CODES, printVerifyReport } from '../verify-report';
import { verifyLedger } from '../verify-ledger';
import type { VerifyHost } from './verify-host';

function help(host: VerifyHost): string {
  return `Usage: ${host.invocation} ledger <PluginName> <ledger.jsonl> [--json | --format text|json|github]${host.optionsUsage}

Checks each entry of a plugin's ledger (JSON Lines, streamed) against the
plugin's generated ledger_contract.json (static/plugins/<PluginName>/).

  --json              the report as JSON (schemas/meta/verify-report.schema.json)
  --format github     GitHub Actions annotations
${[...host.optionsHelp, '  -h, --help          this help'].join('\n')}

Exit codes: 0 every entry is valid; 1 an invalid entry or a problem in the manual's sources; 2 a bug.`;
}

/** `verify ledger`: a plugin's ledger against its ledger contract. */
export function ledgerCommand(host: VerifyHost): (argv: readonly string[]) => Promise<number> {
  return command({ name: `${host.invocation} ledger`, help: help(host), options: { ...FORMAT_OPTIONS, ...host.options }, positionals: { min: 2, max: 2 } }, async ({ values, positionals }) => {
    const format = formatOf(values);
    const manual = host.manual(values, 'ledger', format);
    if (manual === undefined) return 1;
    const [plugin, file] = positionals as [string, string];
    const absolute = resolve(file);
    const report = await verifyLedger(manual, plugin, diskRunFiles(dirname(absolute)), basename(absolute), file);
    printVerifyReport(report, format);
    return EXIT_CODES[report.status];
  });
}
