import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../util/write-atomic';
import type { PlannedFiles } from '../render/generator';
import type { Drift } from './drift';
import { OWNED_DIRS } from './owned-dirs';

export interface WriteResult {
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Applies a drift: writes missing and changed files (each atomically) and removes orphans.
 * Files already up to date are not touched.
 */
export function write(root: string, planned: PlannedFiles, drift: Drift): WriteResult {
  const written = [...drift.missing, ...drift.changed.map((c) => c.path)].sort();
  for (const path of written) writeAtomic(join(root, path), planned.get(path) ?? '');
  for (const path of drift.orphaned) unlinkSync(join(root, path));
  for (const dir of OWNED_DIRS) removeEmptyDirs(join(root, dir), false);
  return { written, removed: drift.orphaned };
}

function removeEmptyDirs(dir: string, removeSelf: boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name), true);
  if (removeSelf && readdirSync(dir).length === 0) rmdirSync(dir);
}
