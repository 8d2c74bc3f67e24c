import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { RunContext } from '../run-context';

/**
 * A rule over one run: reads the run context, reports every violation. One rule
 * per file, named for what it checks, with the codes it may report listed so the
 * tests can prove each fixture breaks exactly one rule. Rules are pure over the
 * context: no file access except through `ctx.files`.
 */
export interface RunRule {
  readonly name: string;
  readonly codes: readonly string[];
  check(ctx: RunContext, report: (d: Diagnostic) => void): Promise<void>;
}
