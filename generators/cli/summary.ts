import { isWarning, type Diagnostic } from '../diagnostics/diagnostic';

/** "3 problems and 1 warning found in the sources; nothing was written." */
export function problemsSummary(diagnostics: readonly Diagnostic[]): string {
  const warnings = diagnostics.filter(isWarning).length;
  const errors = diagnostics.length - warnings;
  const also = warnings === 0 ? '' : ` and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return `${errors} problem${errors === 1 ? '' : 's'}${also} found in the sources; nothing was written.`;
}
