import { runCli } from './run-cli';

const HELP = `Usage:
  npm run verify -- run <member> --repo <checkout> [--date YYYY-MM-DD] [--run <run_id> | --latest] [--json | --format github]
  npm run verify -- ledger <PluginName> <ledger.jsonl> [--json | --format github]
  npm run verify -- manifest --repo <checkout> [--reconcile] [--json | --format github]

Checks a member's run, a plugin ledger or a member manifest against the manual.
Each sub-command takes -h for its own help.`;

/** Each sub-command lives in its own module; this only dispatches. */
const KINDS: Record<string, () => Promise<{ default: (argv: readonly string[]) => Promise<number> }>> = {
  run: () => import('./verify-run'),
  ledger: () => import('./verify-ledger'),
  manifest: () => import('./verify-manifest'),
};

export async function verify(argv: readonly string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === undefined || kind === '--help' || kind === '-h') {
    console.log(HELP);
    return kind === undefined ? 1 : 0;
  }
  const load = KINDS[kind];
  if (load === undefined) {
    console.error(`Unknown sub-command "${kind}". Known: ${Object.keys(KINDS).join(', ')}.\n\n${HELP}`);
    return 1;
  }
  return (await load()).default(rest);
}

if (require.main === module) runCli(verify);
