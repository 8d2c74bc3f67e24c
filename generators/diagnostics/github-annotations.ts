import type { Diagnostic } from './diagnostic';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), so a CI
 * run marks the lines of the PR that hold each problem.
 */
export function githubAnnotation(d: Pick<Diagnostic, 'code' | 'file' | 'message' | 'hint' | 'line' | 'column' | 'pointer' | 'severity'>): string {
  const properties = [`file=${property(d.file)}`];
  if (d.line !== undefined) properties.push(`line=${d.line}`, `col=${d.column ?? 1}`);
  properties.push(`title=${property(d.code)}`);
  const where = d.pointer === '' ? '' : ` (at ${d.pointer})`;
  const text = `${d.message}${where}${d.hint === undefined ? '' : `\nfix: ${d.hint}`}`;
  return `::${d.severity === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${data(text)}`;
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
