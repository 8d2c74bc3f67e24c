import { constants, lstatSync, readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '../util/canonical-json';
import { confinedPath, type FileStat, type RunFiles } from './run-files';

/**
 * A member checkout on disk. Every path is confined first (`confinedPath`), then
 * each of its segments is `lstat`ed from the checkout down: a link anywhere on the
 * way is refused, never followed, so nothing outside the checkout is read. Files
 * are opened with O_NOFOLLOW as a second guard.
 */
export function diskRunFiles(root: string): RunFiles {
  const stat = (path: string): FileStat => {
    const c = confinedPath(path);
    if (!c.ok) return { kind: 'refused', code: 'VERIFY_PATH_OUTSIDE_REPO', reason: `the path ${c.reason}` };
    const segments = c.path.split('/');
    let at = root;
    for (let i = 0; i < segments.length; i++) {
      at = join(at, segments[i]!);
      let s;
      try {
        s = lstatSync(at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
        throw e;
      }
      if (s.isSymbolicLink()) return { kind: 'refused', code: 'VERIFY_SYMLINK', reason: `${segments.slice(0, i + 1).join('/')} is a symbolic link; verify never follows links` };
      if (i < segments.length - 1) {
        if (!s.isDirectory()) return { kind: 'missing' };
        continue;
      }
      if (s.isDirectory()) return { kind: 'dir' };
      if (!s.isFile()) return { kind: 'refused', code: 'VERIFY_NOT_A_FILE', reason: 'it is not a regular file' };
      return { kind: 'file', size: s.size };
    }
    return { kind: 'missing' };
  };
  return {
    stat,
    list(dir) {
      const s = dir === '' ? ({ kind: 'dir' } as const) : stat(dir);
      if (s.kind !== 'dir') return undefined;
      try {
        return readdirSync(join(root, dir)).sort(compareStrings);
      } catch {
        return undefined;
      }
    },
    chunks(path) {
      const c = confinedPath(path);
      if (!c.ok || stat(c.path).kind !== 'file') throw new Error(`chunks(${path}) called for what is not a file in the checkout`);
      return readInto(join(root, c.path));
    },
  };
}

const CHUNK_BYTES = 1 << 20;

/**
 * The file read into one buffer, reused for every chunk. A stream allocates a
 * new buffer per chunk; those that outlive a young-generation collection are
 * freed only at a full one, which V8 delays until ~64 MB of them pile up: on a
 * 1 GB partition that was a third of verify's peak memory, and varied run to run.
 */
async function* readInto(file: string): AsyncGenerator<Uint8Array> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
