import { UserError } from './command';

/**
 * Runs a command's main function. A `UserError` is the user's problem: its
 * message, exit 1. Anything else is a bug in this project, printed with its stack, exit 2.
 */
export function runCli(main: (argv: readonly string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UserError) {
        console.error(error.message);
        process.exitCode = 1;
        return;
      }
      console.error('Internal error (please report it with the output below):');
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 2;
    },
  );
}
