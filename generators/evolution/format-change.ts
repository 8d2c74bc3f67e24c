import type { SchemaChange } from './diff-schemas';

/** `session.events[].id: type string → integer (breaking for readers and writers)` */
export function formatChange(change: SchemaChange): string {
  const impact =
    change.readers === 'breaking' && change.writers === 'breaking'
      ? 'breaking for readers and writers'
      : change.readers === 'breaking'
        ? 'breaking for readers'
        : change.writers === 'breaking'
          ? 'breaking for writers'
          : 'compatible';
  return `${change.path === '' ? '(document)' : change.path}: ${change.detail} (${impact})`;
}

export function isBreaking(change: SchemaChange): boolean {
  return change.readers === 'breaking' || change.writers === 'breaking';
}
