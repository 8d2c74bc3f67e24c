import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one repository answered for one file at one ref. */
export type GitFileRead =
  | { readonly status: 'found'; readonly commit: string; readonly blob: string; readonly text: string | undefined }
  | { readonly status: 'no-file'; readonly commit: string }
  | { readonly status: 'unreachable'; readonly reason: string };

export interface GitReadOptions {
  /** Per git process; a hung server or a credential prompt never blocks sync. */
  readonly timeoutMs: number;
  /** false: only the commit and the file's object id (what `--check` compares), never its content. */
  readonly withContent: boolean;
}

/**
 * Reads one file of a remote repository at `ref` without cloning it: a throwaway
 * bare repository fetches only that ref's commit (`--depth 1`) without file
 * contents (`--filter=blob:none`), then `git cat-file` reads the one blob, which
 * git fetches on demand from the promisor remote. A server that does not support
 * filters (a `file://` repository without `uploadpack.allowFilter`) sends the
 * commit's whole tree instead: still one commit, no history. Works the same for
 * `file://`, `https://` and `ssh://` URLs. git runs with argument arrays (never a
 * shell), a timeout, and prompts off, so a private repository fails instead of asking.
 */
export async function gitReadFile(url: string, ref: string, path: string, options: GitReadOptions): Promise<GitFileRead> {
  const dir = await mkdtemp(join(tmpdir(), 'ops-sync-'));
  const git = (args: readonly string[]): Promise<GitResult> => runGit(dir, args, options.timeoutMs);
  try {
    const init = await git(['init', '--quiet', '--bare']);
    if (!init.ok) throw new Error(`git init failed: ${init.stderr}`);
    const remote = await git(['remote', 'add', 'origin', url]);
    if (!remote.ok) return { status: 'unreachable', reason: lastLine(remote.stderr) };
    const fetched = await git(['-c', 'protocol.version=2', 'fetch', '--quiet', '--no-tags', '--depth', '1', '--filter=blob:none', 'origin', ref]);
    if (!fetched.ok) return { status: 'unreachable', reason: lastLine(fetched.stderr) };
    const commit = await git(['rev-parse', '--verify', 'FETCH_HEAD^{commit}']);
    if (!commit.ok) throw new Error(`git rev-parse FETCH_HEAD failed: ${commit.stderr}`);
    // The tree names the blob (mode, type, id) without its content being fetched.
    const entry = await git(['ls-tree', '--full-tree', 'FETCH_HEAD', '--', path]);
    const match = entry.ok ? /^[0-7]+ blob ([0-9a-f]{40,64})\t/.exec(entry.stdout) : null;
    if (match === null) return { status: 'no-file', commit: commit.stdout.trim() };
    const id = match[1] as string;
    if (!options.withContent) return { status: 'found', commit: commit.stdout.trim(), blob: id, text: undefined };
    const content = await git(['cat-file', 'blob', id]);
    if (!content.ok) return { status: 'unreachable', reason: lastLine(content.stderr) };
    return { status: 'found', commit: commit.stdout.trim(), blob: id, text: content.stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface GitResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function runGit(dir: string, args: readonly string[], timeoutMs: number): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', dir, ...args],
      {
        encoding: 'utf8',
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
        // No prompt for credentials (and the timeout for anything else that waits): an unreachable member is reported, not waited for.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ ok: true, stdout, stderr });
        const timedOut = (error as { killed?: boolean }).killed === true;
        resolve({ ok: false, stdout, stderr: timedOut ? `git ${args[0] === '-c' ? args[2] : args[0]} gave no answer within ${Math.round(timeoutMs / 1000)} s` : stderr || error.message });
      },
    );
  });
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('hint:'));
  return lines[lines.length - 1] ?? 'git failed without a message';
}
