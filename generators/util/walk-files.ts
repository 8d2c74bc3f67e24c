import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface WalkedFiles {
  /** Regular files, as POSIX paths relative to `base`, sorted by code unit. */
  readonly files: readonly string[];
  /** Symbolic links (to anything), never followed: each caller decides what a link means to it. */
  readonly links: readonly string[];
}

/**
 * Every file under `base/dir` (recursively unless told otherwise), with one
 * symlink policy for every walk of the project: links are listed apart and never
 * followed. A folder that does not exist has no files.
 */
export function walkFiles(base: string, dir = '', { recursive = true }: { readonly recursive?: boolean } = {}): WalkedFiles {
  let entries;
  try {
    entries = readdirSync(join(base, dir), { withFileTypes: true, recursive });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return { files: [], links: [] };
    throw e;
  }
  const files: string[] = [];
  const links: string[] = [];
  for (const e of entries) {
    const path = relative(base, join(e.parentPath, e.name)).split(sep).join('/');
    if (e.isSymbolicLink()) links.push(path);
    else if (e.isFile()) files.push(path);
  }
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byCodeUnit), links: links.sort(byCodeUnit) };
}
