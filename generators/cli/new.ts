import { runCli } from './run-cli';

const HELP = `Usage:
  npm run new -- plugin <PluginName> --event <Event>
  npm run new -- adr "Title" [--supersedes N] [--refines N] [--affects id,...]
  npm run new -- member <name> --role <kind> --bus <bus> [--layer <layer>]
  npm run new -- contract <id> (--emitted-by <member> | --shared)
  npm run new -- version <contract-id> [--refresh]

Scaffolds a new source, runs gen, and prints what it created.`;

/** Each kind of scaffold lives in its own module; this only dispatches. */
const KINDS: Record<string, () => Promise<{ default: (argv: readonly string[]) => Promise<number> }>> = {
  plugin: () => import('./new-plugin'),
  adr: () => import('./new-adr'),
  member: () => import('./new-member'),
  contract: () => import('./new-contract'),
  version: () => import('./new-version'),
};

export async function newSource(argv: readonly string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === undefined || kind === '--help' || kind === '-h') {
    console.log(HELP);
    return kind === undefined ? 1 : 0;
  }
  const load = KINDS[kind];
  if (load === undefined) {
    console.error(`Unknown kind "${kind}". Known kinds: ${Object.keys(KINDS).join(', ')}.\n\n${HELP}`);
    return 1;
  }
  return (await load()).default(rest);
}

if (require.main === module) runCli(newSource);
