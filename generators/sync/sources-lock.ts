import type { SourcesLock } from '../../src/types/sources';
import { canonicalJson, compareStrings } from '../util/canonical-json';

export type LockEntry = NonNullable<SourcesLock['members'][string]>;

/** The in-repo `$schema` of registry/sources.lock.json. */
export const SOURCES_LOCK_SCHEMA = '../schemas/meta/sources-lock.schema.json';

const NOTICE = 'Written by `npm run sync -- --from-git`: the commit each member manifest in registry/projects/ was synced from. Do not edit: sync again; `npm run sync -- --from-git --check` lists members changed upstream since.';

/** The lock as written: canonical JSON, members by name in code-unit order, no timestamps. */
export function renderSourcesLock(entries: ReadonlyMap<string, LockEntry>): string {
  const members = Object.fromEntries([...entries].sort(([a], [b]) => compareStrings(a, b)));
  return canonicalJson({ $schema: SOURCES_LOCK_SCHEMA, $comment: NOTICE, members });
}
