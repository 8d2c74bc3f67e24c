import type { Diagnostic } from './diagnostic';

/** Where an annotation lands and its title; without a line it marks the whole file. */
export interface AnnotationTarget {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly title: string;
}

/**
 * A GitHub Actions workflow command (`::error file=…,line=…,col=…::…`), so a CI
 * run marks the lines of the PR it concerns. Values are escaped as the runner
 * reads them: `%`, CR and LF everywhere, `:` and `,` in properties too.
 */
export function workflowCommand(level: 'error' | 'warning' | 'notice', target: AnnotationTarget, message: string): string {
  const properties: string[] = [];
  if (target.file !== undefined) properties.push(`file=${property(target.file)}`);
  if (target.file !== undefined && target.line !== undefined) properties.push(`line=${target.line}`, `col=${target.column ?? 1}`);
  properties.push(`title=${property(target.title)}`);
  return `::${level} ${properties.join(',')}::${data(message)}`;
}

/** A diagnostic as an annotation on its file and line. */
export function githubAnnotation(d: Pick<Diagnostic, 'code' | 'file' | 'message' | 'hint' | 'line' | 'column' | 'pointer' | 'severity'>): string {
  const where = d.pointer === '' ? '' : ` (at ${d.pointer})`;
  const text = `${d.message}${where}${d.hint === undefined ? '' : `\nfix: ${d.hint}`}`;
  return workflowCommand(d.severity === 'warning' ? 'warning' : 'error', { file: d.file, line: d.line, column: d.column, title: d.code }, text);
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
