import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_ROOTS } from '../load/source-layout';
import { handWrittenPageFiles } from './run-cache';

/**
 * A cheap stamp of the sources on disk: the path, size and modification time of
 * every file the loader may read (the source folders and the hand-written
 * pages), without reading any. Equal stamps mean nothing was added, removed or
 * written since; a long-running reader (the MCP server) reloads the catalog when
 * the stamp changes.
 */
export function sourceStamp(root: string): string {
  const parts: string[] = [];
  const add = (path: string): void => {
    try {
      const s = statSync(join(root, path));
      parts.push(`${path}\u0000${s.size}\u0000${s.mtimeMs}`);
    } catch {
      // Gone between listing and stat: the next stamp lists it no more.
    }
  };
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else add(path);
    }
  };
  for (const dir of SOURCE_ROOTS) walk(dir);
  for (const path of handWrittenPageFiles(root)) add(path);
  return parts.sort().join('\n');
}
