/**
 * What the verify rules may know about a member checkout: every path is
 * checkout-relative POSIX, and an implementation answers only for paths inside
 * the checkout. The rules never touch `node:fs`, so they can run wherever a
 * `RunFiles` exists (the disk here; a bundled verifier later).
 */
export interface RunFiles {
  /** What is at `path`, without following any link. */
  stat(path: string): FileStat;
  /** Names of the entries of a folder (sorted), or undefined when it is not a readable folder. */
  list(dir: string): readonly string[] | undefined;
  /**
   * The bytes of a file in chunks, read as a stream (bounded memory). Call only
   * after `stat` said `file`. A chunk is valid only until the next one is asked
   * for (the reader may reuse its buffer): copy what you keep.
   */
  chunks(path: string): AsyncIterable<Uint8Array>;
}

export type FileStat =
  | { readonly kind: 'file'; readonly size: number }
  | { readonly kind: 'dir' }
  | { readonly kind: 'missing' }
  /** The path leaves the checkout, goes through a link, or is no regular file: never read. */
  | { readonly kind: 'refused'; readonly code: RefusalCode; readonly reason: string };

export type RefusalCode = 'VERIFY_PATH_OUTSIDE_REPO' | 'VERIFY_SYMLINK' | 'VERIFY_NOT_A_FILE';

/**
 * A checkout-relative path, normalised, or why it is not one: absolute paths,
 * NUL bytes, backslashes and `..` that climb out are refused before any file is touched.
 */
export function confinedPath(path: string): { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string } {
  if (path === '' || path.includes('\0')) return { ok: false, reason: 'is empty or holds a NUL byte' };
  if (path.includes('\\')) return { ok: false, reason: 'holds a backslash (paths in run records are POSIX)' };
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return { ok: false, reason: 'is absolute' };
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return { ok: false, reason: 'climbs out of the checkout with ".."' };
      out.pop();
    } else out.push(segment);
  }
  if (out.length === 0) return { ok: false, reason: 'names the checkout itself' };
  return { ok: true, path: out.join('/') };
}

/** `dir/name` for checkout-relative paths (dir may be ""). Not normalised: `confinedPath` does that. */
export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

export function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
