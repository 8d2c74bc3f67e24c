import type { Diagnostic } from './diagnostic';

/**
 * One line per problem, shaped so editors and CI logs can jump to it:
 * `file#/pointer (line 14:12) CODE: what is wrong` then an indented `fix:` line.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.pointer === '' ? d.file : `${d.file}#${d.pointer}`;
  const position = d.line === undefined ? '' : ` (line ${d.line}:${d.column ?? 1})`;
  const head = `${where}${position} ${d.code}: ${d.message}`;
  return d.hint === undefined ? head : `${head}\n    fix: ${d.hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const n = diagnostics.length;
  const lines = diagnostics.map(formatDiagnostic);
  lines.push(`${n} problem${n === 1 ? '' : 's'} found in the sources; nothing was written.`);
  return lines.join('\n');
}
