import type { Diagnostic } from '../diagnostics/diagnostic';

export type ImportFormat = 'madr' | 'nygard';

/** A link between records as their format writes it, by the numbers they had before the import. */
export interface RecordLink {
  readonly kind: 'supersedes' | 'superseded-by' | 'refines' | 'refined-by';
  readonly target: number;
  /** 1-based line in the record, for the diagnostic when the target is not imported. */
  readonly line: number;
}

/** One record read in its own format, not yet numbered or linked in ours. */
export interface ParsedRecord {
  /** The file as the user named it: `<folder>/<name>`. */
  readonly from: string;
  readonly name: string;
  readonly format: ImportFormat;
  /** The record's own number (from its file name). */
  readonly number: number;
  readonly title: string | undefined;
  /** One of ours, mapped from the record's; undefined when the record names none. */
  readonly status: string | undefined;
  readonly date: string | undefined;
  /** Front matter kept as written: MADR's decision-makers, consulted, informed; our tags and affects. */
  readonly kept: Readonly<Record<string, unknown>>;
  readonly links: readonly RecordLink[];
  /** The body, without what went into the front matter (title heading, Date line, Status section). */
  readonly body: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** The number a record's file name starts with: `0003-use-x.md` → 3. */
export function fileNumber(name: string): number | undefined {
  const m = /^([0-9]+)-/.exec(name);
  return m === null ? undefined : Number(m[1]);
}
