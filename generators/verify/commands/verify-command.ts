import { ledgerCommand } from './ledger-command';
import { manifestCommand } from './manifest-command';
import { runCommand } from './run-command';
import type { VerifyHost } from './verify-host';

type Main = (argv: readonly string[]) => Promise<number>;

function help(host: VerifyHost): string {
  return `Usage:
  ${host.invocation} run [<member>] --repo <checkout> [--date YYYY-MM-DD] [--run <run_id> | --latest] [--json | --format github]
  ${host.invocation} ledger <PluginName> <ledger.jsonl> [--json | --format github]
  ${host.invocation} manifest --repo <checkout> [--reconcile] [--json | --format github]

Checks a member's run, a plugin ledger or a member manifest against the manual.
Each sub-command takes -h for its own help.`;
}

/** `verify <run|ledger|manifest> …`: the sub-commands for one host, dispatched by the first argument. */
export function verifyCommand(host: VerifyHost): Main {
  const kinds: Record<string, Main> = { run: runCommand(host), ledger: ledgerCommand(host), manifest: manifestCommand(host) };
  return async (argv) => {
    const [kind, ...rest] = argv;
    if (kind === undefined || kind === '--help' || kind === '-h') {
      console.log(help(host));
      return kind === undefined ? 1 : 0;
    }
    const main = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
    if (main === undefined) {
      console.error(`Unknown sub-command "${kind}". Known: ${Object.keys(kinds).join(', ')}.\n\n${help(host)}`);
      return 1;
    }
    return main(rest);
  };
}
