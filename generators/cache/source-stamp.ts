import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFiles } from './source-files';

/**
 * A cheap stamp of the sources on disk: the path, size and modification time of
 * every file the loader may read (see `sourceFiles`), without reading any. Equal
 * stamps mean nothing was added, removed or written since; a long-running reader
 * (the MCP server) reloads the catalog when the stamp changes.
 */
export function sourceStamp(root: string): string {
  const { files, links } = sourceFiles(root);
  const parts = links.map((path) => `${path}\u0000link`);
  for (const path of files) {
    try {
      const s = statSync(join(root, path));
      parts.push(`${path}\u0000${s.size}\u0000${s.mtimeMs}`);
    } catch {
      // Gone between listing and stat: the next stamp lists it no more.
    }
  }
  return parts.sort().join('\n');
}
