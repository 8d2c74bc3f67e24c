/**
 * A problem found in the sources. `file` is repo-relative POSIX; `pointer` is a
 * JSON pointer into that file ("" for the whole file). `line`/`column` are
 * 1-based and filled in after validation from the parsed source positions.
 */
export interface Diagnostic {
  readonly code: string;
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
  readonly line?: number;
  readonly column?: number;
  /** Absent means an error. A warning is reported but never fails a run. */
  readonly severity?: 'warning';
}

export function isWarning(d: Diagnostic): boolean {
  return d.severity === 'warning';
}

export function warning(code: string, file: string, pointer: string, message: string, hint?: string): Diagnostic {
  return { ...diagnostic(code, file, pointer, message, hint), severity: 'warning' };
}

export function diagnostic(
  code: string,
  file: string,
  pointer: string,
  message: string,
  hint?: string,
): Diagnostic {
  return hint === undefined ? { code, file, pointer, message } : { code, file, pointer, message, hint };
}

/** Encodes path segments as an RFC 6901 JSON pointer. */
export function pointerOf(...segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
