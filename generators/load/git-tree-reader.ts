import { spawnSync } from 'node:child_process';
import { UserError } from '../cli/command';
import { decodeUtf8 } from './decode-utf8';
import { SOURCE_LAYOUT, SOURCE_ROOTS } from './source-layout';
import { SOURCE_LIMITS } from './source-limits';
import type { SourceEntry, SourceReader } from './source-reader';
import { symlinkRefusal, tooLarge } from './source-rejected';

interface TreeEntry {
  readonly mode: string;
  readonly oid: string;
  /** Bytes of the blob; undefined for anything that is not a blob (a submodule). */
  readonly size: number | undefined;
}

const SYMLINK_MODE = '120000';
/** Blobs above this are never fetched: the reader refuses them from the tree listing alone. */
const FETCH_LIMIT = SOURCE_LIMITS.fileBytes;

/**
 * The sources of one commit, read straight from git objects: no checkout, no
 * worktree, nothing written. One `git ls-tree` lists the tree and one
 * `git cat-file --batch` hands over every blob the loader may read, so the cost
 * does not grow with a process per file. The disk reader's limits hold: symlinks
 * (mode 120000) are refused, blobs over the size limit are refused from their
 * listed size, bytes are decoded as strict UTF-8 and CRLF is normalised.
 */
export function gitTreeReader(root: string, ref: string, what = 'ref'): SourceReader & { readonly commit: string } {
  const commit = resolveCommit(root, ref, what);
  const entries = listTree(root, commit);
  const dirs = new Map<string, Map<string, SourceEntry>>();
  const addEntry = (path: string, entry: SourceEntry): void => {
    const slash = path.lastIndexOf('/');
    const dir = slash === -1 ? '' : path.slice(0, slash);
    const children = dirs.get(dir) ?? new Map<string, SourceEntry>();
    dirs.set(dir, children);
    if (!children.has(entry.name)) children.set(entry.name, entry);
    if (dir !== '') addEntry(dir, { name: dir.slice(dir.lastIndexOf('/') + 1), isDirectory: true });
  };
  for (const [path, entry] of entries) {
    addEntry(path, { name: path.slice(path.lastIndexOf('/') + 1), isDirectory: false, isSymlink: entry.mode === SYMLINK_MODE });
  }
  const wanted = [...entries.values()].filter((e) => e.mode !== SYMLINK_MODE && e.size !== undefined && e.size <= FETCH_LIMIT);
  const blobs = readBlobs(root, wanted);
  // A path below a symlink cannot be in a tree, but the loader may still ask for one: refuse it as the disk reader does.
  const throughSymlink = (path: string): boolean => {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
      if (entries.get(path.slice(0, i))?.mode === SYMLINK_MODE) return true;
    }
    return false;
  };
  return {
    commit,
    list(dir) {
      if (entries.get(dir)?.mode === SYMLINK_MODE || throughSymlink(dir)) throw symlinkRefusal();
      return [...(dirs.get(dir)?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    read(path) {
      if (throughSymlink(path)) throw symlinkRefusal();
      const entry = entries.get(path);
      if (entry === undefined || entry.size === undefined) return undefined;
      if (entry.mode === SYMLINK_MODE) throw symlinkRefusal();
      if (entry.size > SOURCE_LIMITS.fileBytes) throw tooLarge(entry.size);
      const bytes = blobs.get(entry.oid);
      if (bytes === undefined) throw new Error(`git cat-file handed over no blob ${entry.oid} for ${path}`);
      return decodeUtf8(bytes).replace(/\r\n?/g, '\n');
    },
  };
}

function git(root: string, args: readonly string[], input?: string | Buffer, maxBuffer = 64 * 1024 * 1024): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', ['-C', root, ...args], { input, maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
  if (r.error !== undefined) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('git is not installed or not on PATH.');
    throw r.error;
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

function resolveCommit(root: string, ref: string, what: string): string {
  // A ref starting with "-" would be read by git as an option.
  if (ref === '' || ref.startsWith('-')) throw new UserError(`${what} ${JSON.stringify(ref)} is not a git ref.`);
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0) throw new UserError(`${root} is not inside a git repository, so ${what} ${JSON.stringify(ref)} cannot be read.`);
  const r = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.status === 0) return r.stdout.toString('utf8').trim();
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() === 'true';
  throw new UserError(
    shallow
      ? `${what} ${JSON.stringify(ref)} is not a commit here, and this clone is shallow: fetch the history that holds it (git fetch --deepen=50, or fetch-depth: 0 in actions/checkout).`
      : `${what} ${JSON.stringify(ref)} is not a commit in this repository (git fetch it, or check the spelling).`,
  );
}

/** Every blob and link below the source folders (docs/ only directly), with its mode, object id and size. */
function listTree(root: string, commit: string): Map<string, TreeEntry> {
  const r = git(root, ['ls-tree', '-r', '-z', '-l', commit, '--', ...SOURCE_ROOTS, SOURCE_LAYOUT.docsDir]);
  if (r.status !== 0) throw new UserError(`git ls-tree of ${commit} failed: ${r.stderr}`);
  const entries = new Map<string, TreeEntry>();
  for (const record of r.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = '', size = '-'] = record.slice(0, tab).split(/ +/);
    const path = record.slice(tab + 1);
    if (path.startsWith(`${SOURCE_LAYOUT.docsDir}/`) && path.indexOf('/', SOURCE_LAYOUT.docsDir.length + 1) !== -1) continue;
    entries.set(path, { mode, oid, size: type === 'blob' ? Number(size) : undefined });
  }
  return entries;
}

/** The contents of every listed blob, from one `git cat-file --batch` process. */
function readBlobs(root: string, wanted: readonly TreeEntry[]): Map<string, Buffer> {
  const sizes = new Map(wanted.map((e) => [e.oid, e.size ?? 0]));
  const blobs = new Map<string, Buffer>();
  if (sizes.size === 0) return blobs;
  let total = 0;
  for (const size of sizes.values()) total += size + 128;
  const r = git(root, ['cat-file', '--batch'], [...sizes.keys()].join('\n') + '\n', total + 1024 * 1024);
  if (r.status !== 0) throw new UserError(`git cat-file failed: ${r.stderr}`);
  const out = r.stdout;
  let at = 0;
  while (at < out.length) {
    // "<oid> SP <type> SP <size> LF <contents> LF", or "<object> SP missing LF".
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (header[1] === 'missing') throw new UserError(`the object ${header[0]} is missing from this clone; fetch the full history.`);
    const size = Number(header[2]);
    blobs.set(header[0] ?? '', out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}
