import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from './decode-utf8';
import { SOURCE_LIMITS } from './source-limits';
import { symlinkRefusal, tooLarge } from './source-rejected';

export interface SourceEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  /** A symbolic link: the loader refuses it and never follows it. */
  readonly isSymlink?: boolean;
}

/**
 * Read access to a tree of sources; paths are repo-relative POSIX. `read` and
 * `list` may throw `SourceRejected` for an entry the reader will not hand over.
 */
export interface SourceReader {
  /** Entries directly inside `dir` (names, sorted). */
  list(dir: string): readonly SourceEntry[];
  /** The file's text, or `undefined` when it does not exist. */
  read(path: string): string | undefined;
}

export function diskReader(root: string): SourceReader {
  const realRoot = realpathSync(root);
  // Refuse a path that goes through a symlink anywhere below the root: sources are never followed out of the tree.
  const throughSymlink = (path: string): boolean => {
    try {
      return realpathSync(join(root, path)) !== join(realRoot, path);
    } catch {
      return false;
    }
  };
  return {
    list(dir) {
      if (throughSymlink(dir)) throw symlinkRefusal();
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isSymlink: e.isSymbolicLink() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
        throw e;
      }
    },
    read(path) {
      let stat;
      try {
        stat = lstatSync(join(root, path));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
        throw e;
      }
      if (stat.isSymbolicLink() || throughSymlink(path)) throw symlinkRefusal();
      if (!stat.isFile()) return undefined;
      if (stat.size > SOURCE_LIMITS.fileBytes) throw tooLarge(stat.size);
      // Normalise CRLF so positions and output are the same on every checkout.
      return decodeUtf8(readFileSync(join(root, path))).replace(/\r\n?/g, '\n');
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
