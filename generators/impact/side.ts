import type { SourceFile } from '../load/source-file';
import type { Catalog } from '../model/catalog';

/** One side of a comparison: its catalog and the files it was read from (for lines). */
export interface ImpactSide {
  readonly catalog: Catalog;
  readonly files: ReadonlyMap<string, SourceFile>;
}

/** The line a JSON pointer lands on in the file, or null. */
export function lineOf(side: ImpactSide, file: string, pointer: string): number | null {
  return side.files.get(file)?.locate(pointer)?.line ?? null;
}

/** The first line that differs between the two sides' copies of a file (1 for a file only one side has). */
export function firstChangedLine(base: ImpactSide, head: ImpactSide, file: string): number | null {
  const a = base.files.get(file)?.text;
  const b = head.files.get(file)?.text;
  if (a === undefined || b === undefined) return a === b ? null : 1;
  if (a === b) return null;
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let line = 1;
  for (let j = 0; j < i; j++) if (b.charCodeAt(j) === 10) line++;
  return line;
}
