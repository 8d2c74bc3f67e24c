import type { FieldChange } from '../../src/types/sources/impact-report';
import { compareStrings } from '../util/canonical-json';

/** What was added to and removed from a list of names, as field changes (sorted). */
export function listChanges(
  field: string,
  before: readonly string[],
  after: readonly string[],
  options: { readonly breakingWhen?: 'added' | 'removed' | 'both'; readonly line?: number | null } = {},
): FieldChange[] {
  const a = new Set(before);
  const b = new Set(after);
  const line = options.line ?? null;
  const breaking = (change: 'added' | 'removed'): boolean => options.breakingWhen === 'both' || options.breakingWhen === change;
  return [
    ...[...b].filter((x) => !a.has(x)).sort(compareStrings).map((x) => ({ field, change: 'added' as const, detail: x, breaking: breaking('added'), line })),
    ...[...a].filter((x) => !b.has(x)).sort(compareStrings).map((x) => ({ field, change: 'removed' as const, detail: x, breaking: breaking('removed'), line })),
  ];
}

/** A scalar that changed value, as one field change; none when equal. */
export function valueChange(field: string, before: unknown, after: unknown, line: number | null = null, breaking = false): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field, change: 'changed', detail: `${show(before)} → ${show(after)}`, breaking, line }];
}

export function show(value: unknown): string {
  return value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** Breaking entries first, then by id (code-unit order). */
export function breakingFirst<T extends { readonly breaking: boolean; readonly id: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => Number(b.breaking) - Number(a.breaking) || compareStrings(a.id, b.id));
}
