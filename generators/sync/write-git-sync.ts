import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { writeAtomic } from '../util/write-atomic';
import { renderSourcesLock, type LockEntry } from './sources-lock';
import type { GitMemberSync } from './sync-from-git';

export interface GitSyncWrite {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Whether registry/sources.lock.json changed. */
  readonly lockWritten: boolean;
}

/**
 * Writes what was read, after every repository has answered: each synced manifest
 * (only when its content changed), then the lock. Every file is written atomically.
 * A member that was not synced (unreachable, invalid) keeps its manifest and its
 * lock entry, so the lock always says where each file here came from; members
 * no longer in the registry leave the lock.
 */
export function writeGitSync(root: string, results: readonly GitMemberSync[], previous: Readonly<Record<string, LockEntry | undefined>>): GitSyncWrite {
  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const lock = new Map<string, LockEntry>();
  for (const r of results) {
    if (r.outcome === 'synced' && r.content !== undefined && r.lock !== undefined) {
      const before = readOrUndefined(join(root, r.target));
      if (before === r.content) unchanged.push(r.target);
      else {
        writeAtomic(join(root, r.target), r.content);
        (before === undefined ? created : updated).push(r.target);
      }
      lock.set(r.member, r.lock);
    } else if (r.outcome !== 'draft-without-manifest') {
      const kept = previous[r.member];
      if (kept !== undefined) lock.set(r.member, kept);
    }
  }
  const content = renderSourcesLock(lock);
  const path = join(root, SOURCE_LAYOUT.sourcesLock);
  const lockWritten = readOrUndefined(path) !== content;
  if (lockWritten) writeAtomic(path, content);
  return { created, updated, unchanged, lockWritten };
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
