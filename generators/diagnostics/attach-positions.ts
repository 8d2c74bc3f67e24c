import type { SourceFile } from '../load/source-file';
import { compareDiagnostics, type Diagnostic } from './diagnostic';

/** Fills in line:column from the parsed sources and sorts the diagnostics by file and position. */
export function attachPositions(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, SourceFile>): Diagnostic[] {
  return diagnostics
    .map((d) => {
      if (d.line !== undefined) return d;
      const position = files.get(d.file)?.locate(d.pointer);
      return position === undefined ? d : { ...d, ...position };
    })
    .sort(compareDiagnostics);
}
