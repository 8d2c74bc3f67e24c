import { isWarning, type Diagnostic } from './diagnostic';

/**
 * One line per problem, shaped so editors and CI logs can jump to it:
 * `file#/pointer (line 14:12) CODE: what is wrong` then an indented `fix:` line.
 * Warnings read `CODE (warning):`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.pointer === '' ? d.file : `${d.file}#${d.pointer}`;
  const position = d.line === undefined ? '' : ` (line ${d.line}:${d.column ?? 1})`;
  const head = `${where}${position} ${d.code}${isWarning(d) ? ' (warning)' : ''}: ${d.message}`;
  return d.hint === undefined ? head : `${head}\n    fix: ${d.hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics.map(formatDiagnostic), problemsSummary(diagnostics)].join('\n');
}

/** "3 problems and 1 warning found in the sources; nothing was written." */
export function problemsSummary(diagnostics: readonly Diagnostic[]): string {
  const warnings = diagnostics.filter(isWarning).length;
  const errors = diagnostics.length - warnings;
  const w = `${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors === 0) return `${w} found in the sources.`;
  return `${errors} problem${errors === 1 ? '' : 's'}${warnings === 0 ? '' : ` and ${w}`} found in the sources; nothing was written.`;
}
