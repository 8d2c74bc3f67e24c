import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Config<O extends OptionsConfig> = { options: O & typeof HELP_OPTION; strict: true; allowPositionals: true };
export type ParsedArgs<O extends OptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

export interface CommandSpec<O extends OptionsConfig> {
  /** As the user types it: `npm run check`. */
  readonly name: string;
  /** The whole `--help` text, starting with `Usage:`. */
  readonly help: string;
  readonly options: O;
  /** How many positional arguments the command takes (default: none). */
  readonly positionals?: { readonly min?: number; readonly max?: number };
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** A mistake of the user's: printed without a stack trace, exit 1. */
export class UserError extends Error {}

/** A wrong command line: printed with the usage, exit 1. */
export class UsageError extends UserError {}

/**
 * A command line parsed strictly with `node:util` parseArgs: unknown flags,
 * missing values and extra positionals are usage errors; `-h`/`--help` prints the
 * help and runs nothing. Returns the command's main, taking argv and returning the exit code.
 */
export function command<O extends OptionsConfig>(
  spec: CommandSpec<O>,
  main: (args: ParsedArgs<O>) => Promise<number>,
): (argv: readonly string[]) => Promise<number> {
  return async (argv) => {
    let args: ParsedArgs<O>;
    try {
      args = parseArgs({ args: [...argv], options: { ...spec.options, ...HELP_OPTION }, strict: true, allowPositionals: true } as Config<O>);
    } catch (e) {
      return usage(spec, (e as Error).message);
    }
    if ((args.values as { help?: boolean }).help === true) {
      console.log(spec.help);
      return 0;
    }
    const { min = 0, max = 0 } = spec.positionals ?? {};
    if (args.positionals.length < min) return usage(spec, `expected ${min === max ? min : `at least ${min}`} argument${min === 1 ? '' : 's'}, got ${args.positionals.length}.`);
    if (args.positionals.length > max) return usage(spec, `unexpected argument ${JSON.stringify(args.positionals[max])}.`);
    try {
      return await main(args);
    } catch (e) {
      if (e instanceof UsageError) return usage(spec, e.message);
      throw e;
    }
  };
}

function usage(spec: CommandSpec<OptionsConfig>, problem: string): number {
  console.error(`${spec.name}: ${problem.replace(/\s*To specify an? (option argument|positional argument).*$/s, '')}\n\n${spec.help}`);
  return 1;
}

/** `--root <dir>`: the folder must exist; the default is the current folder. */
export function rootOf(value: string | undefined, what = '--root'): string {
  const root = resolve(value ?? process.cwd());
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new UsageError(`${what} ${JSON.stringify(value)} is not an existing folder.`);
  return root;
}

/** The output format shared by every command that reports to people, CI logs and tools. */
export type OutputFormat = 'text' | 'json' | 'github';

export const FORMAT_OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
} as const;

export function formatOf<F extends string = OutputFormat>(values: { json?: boolean; format?: string }, allowed: readonly F[] = ['text', 'json', 'github'] as unknown as readonly F[]): F {
  if (values.json === true) {
    if (values.format !== undefined && values.format !== 'json') throw new UsageError('--json and --format are exclusive.');
    return 'json' as F;
  }
  const format = values.format ?? 'text';
  if (!(allowed as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}; got ${JSON.stringify(format)}.`);
  return format as F;
}
