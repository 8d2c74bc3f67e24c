import type { ParseArgsConfig } from 'node:util';
import type { OutputFormat } from '../../cli/command';
import type { VerifyManual } from '../verify-manual';
import type { VerifyReport } from '../verify-report';

/**
 * What differs between the two verifiers, `npm run verify` in the manual and the
 * published `ops-verify.mjs` in a member checkout: how the user calls it, the
 * options only one of them takes, and where the manual comes from. The
 * sub-commands, the rules and every report are the same code.
 */
export interface VerifyHost {
  /** As the user types it, before the sub-command: `npm run verify --`, `node ops-verify.mjs`. */
  readonly invocation: string;
  /** Options of this host only (the manual's `--root`). */
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Their lines in each sub-command's help, and the placeholder of their usage line. */
  readonly optionsHelp: readonly string[];
  readonly optionsUsage: string;
  /** The manual; undefined when it cannot be had, after printing why (as `format` asks). */
  manual(values: Readonly<Record<string, unknown>>, command: VerifyReport['command'], format: OutputFormat): VerifyManual | undefined;
}
