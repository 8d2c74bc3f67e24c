import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { ValidatedSources } from '../validated-sources';

/**
 * A cross-file rule: reads the shape-valid sources, reports every violation.
 * One rule per file, named for what it checks; its codes are listed so the
 * test suite can prove each one fires.
 */
export interface Rule {
  readonly name: string;
  readonly codes: readonly string[];
  check(sources: ValidatedSources, report: (d: Diagnostic) => void): void;
}
