import { UserError } from './command';

type Main = (argv: readonly string[]) => Promise<number>;

/**
 * Runs a command's main function and gives its exit code. A `UserError` is the
 * user's problem: its message, exit 1. Anything else is a bug in this project,
 * printed with its stack, exit 2.
 */
export async function exitCodeOf(main: Main, argv: readonly string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      return 1;
    }
    console.error('Internal error (please report it with the output below):');
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}

/** A command as a process: its arguments from argv, its exit code as the process's. */
export function runCli(main: Main): void {
  void exitCodeOf(main, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
