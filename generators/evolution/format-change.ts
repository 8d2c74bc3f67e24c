import type { SchemaChange } from './diff-schemas';

/** `session.events[].id: type string → integer (breaking for readers and writers)` */
export function formatChange(change: SchemaChange): string {
  return `${change.path === '' ? '(document)' : change.path}: ${change.detail} (${impactLabel(change)})`;
}

/** The classification in words: `breaking for readers`, `breaking for writers`, `breaking for readers and writers` or `compatible`. */
export function impactLabel(change: Pick<SchemaChange, 'readers' | 'writers'>): string {
  return change.readers === 'breaking' && change.writers === 'breaking'
    ? 'breaking for readers and writers'
    : change.readers === 'breaking'
      ? 'breaking for readers'
      : change.writers === 'breaking'
        ? 'breaking for writers'
        : 'compatible';
}

export function isBreaking(change: SchemaChange): boolean {
  return change.readers === 'breaking' || change.writers === 'breaking';
}
