import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Read access to a tree of sources; paths are repo-relative POSIX. */
export interface SourceReader {
  /** Entries directly inside `dir` (names, sorted), each with whether it is a directory. */
  list(dir: string): ReadonlyArray<{ readonly name: string; readonly isDirectory: boolean }>;
  /** The file's text, or `undefined` when it does not exist. */
  read(path: string): string | undefined;
}

export function diskReader(root: string): SourceReader {
  return {
    list(dir) {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    },
    read(path) {
      try {
        // Normalise CRLF so positions and output are the same on every checkout.
        return readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') {
          return undefined;
        }
        throw e;
      }
    },
  };
}

/** An in-memory tree, for unit tests. */
export function memoryReader(files: Readonly<Record<string, string>>): SourceReader {
  return {
    list(dir) {
      const prefix = dir === '' ? '' : dir + '/';
      const names = new Map<string, boolean>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        names.set(slash === -1 ? rest : rest.slice(0, slash), slash !== -1);
      }
      return [...names]
        .map(([name, isDirectory]) => ({ name, isDirectory }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    read: (path) => files[path],
  };
}
