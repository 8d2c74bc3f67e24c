import type { Registry } from '../../src/types/sources';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { compareStrings } from '../util/canonical-json';
import { gitReadFile, type GitFileRead } from './git-read-file';
import type { RepoRegistry } from './load-registry';
import { normaliseManifest } from './normalise-manifest';
import { checkMemberManifest } from './read-member-manifest';
import type { LockEntry } from './sources-lock';

export type GitSyncOutcome = 'synced' | 'reported' | 'unreachable' | 'draft-without-manifest';

/** One member read from its repository: the normalised manifest to write, or why not. */
export interface GitMemberSync {
  readonly member: string;
  readonly outcome: GitSyncOutcome;
  /** registry/projects/<member>.json */
  readonly target: string;
  /** The normalised manifest (synced only). */
  readonly content?: string;
  /** Where it came from (synced only). */
  readonly lock?: LockEntry;
  readonly diagnostics: readonly Diagnostic[];
}

export interface GitOptions {
  /** --ref; otherwise each member's locked ref, otherwise HEAD. */
  readonly ref: string | undefined;
  readonly timeoutMs: number;
  /** How many repositories are read at once. */
  readonly concurrency: number;
}

/**
 * Reads every registry member's manifest from its repository (`repo` in
 * registry/registry.json) and checks it as the workspace sync does. Writes
 * nothing: the caller writes the synced ones, each atomically, and the lock.
 */
export async function readMembersFromGit(repo: RepoRegistry, lock: Readonly<Record<string, LockEntry | undefined>>, options: GitOptions): Promise<GitMemberSync[]> {
  return mapLimited(membersOf(repo.registry.doc), options.concurrency, async ([member, entry]) => {
    const ref = refOf(options, lock[member]);
    const target = `${SOURCE_LAYOUT.projectsDir}/${member}.json`;
    const read = await gitReadFile(entry.repo, ref, repo.manifestFile, { timeoutMs: options.timeoutMs, withContent: true });
    const problem = readProblem(repo, member, entry, ref, read);
    if (problem !== undefined) return { member, target, ...problem };
    if (read.status !== 'found' || read.text === undefined) throw new Error('unreachable: handled by readProblem');
    const checked = checkMemberManifest(read.text, displayOf(entry.repo, ref, repo.manifestFile), member, repo.validateProject);
    if (checked.status !== 'valid') return { member, target, outcome: 'reported', diagnostics: checked.diagnostics };
    return {
      member,
      target,
      outcome: 'synced',
      content: normaliseManifest(checked.doc),
      lock: { repo: entry.repo, ref, commit: read.commit, path: repo.manifestFile, blob: read.blob },
      diagnostics: [],
    };
  });
}

export type UpstreamState = 'changed' | 'up-to-date' | 'unreachable' | 'reported' | 'draft-without-manifest';

export interface UpstreamCheck {
  readonly member: string;
  readonly state: UpstreamState;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * `--check`: which members' manifests differ upstream from the lock. Only the
 * commit and the manifest's object id are fetched, never its content; a member
 * whose commit moved but whose manifest did not is up to date.
 */
export async function checkMembersUpstream(repo: RepoRegistry, lock: Readonly<Record<string, LockEntry | undefined>>, options: GitOptions): Promise<UpstreamCheck[]> {
  return mapLimited(membersOf(repo.registry.doc), options.concurrency, async ([member, entry]) => {
    const locked = lock[member];
    const ref = refOf(options, locked);
    const read = await gitReadFile(entry.repo, ref, repo.manifestFile, { timeoutMs: options.timeoutMs, withContent: false });
    const problem = readProblem(repo, member, entry, ref, read);
    if (problem !== undefined) return { member, state: problem.outcome, diagnostics: problem.diagnostics };
    if (read.status !== 'found') throw new Error('unreachable: handled by readProblem');
    const pointer = pointerOf('members', member);
    const changed = (why: string): UpstreamCheck => ({
      member,
      state: 'changed',
      diagnostics: repo.locate([
        diagnostic('SYNC_UPSTREAM_CHANGED', SOURCE_LAYOUT.sourcesLock, locked === undefined ? '/members' : pointer, `${member}: ${why}.`, 'Run `npm run sync -- --from-git` to bring the manifest in and re-lock it, then review and commit the change.'),
      ]),
    });
    if (locked === undefined) return changed(`not in the lock yet; ${entry.repo} has ${repo.manifestFile} at ${ref} (commit ${short(read.commit)})`);
    if (locked.repo !== entry.repo) return changed(`its repository is now ${entry.repo}; the lock has ${locked.repo}`);
    if (locked.path !== repo.manifestFile) return changed(`the registry's manifest file is now ${repo.manifestFile}; the lock has ${locked.path}`);
    if (locked.blob !== read.blob) return changed(`${repo.manifestFile} changed at ${ref}: commit ${short(locked.commit)} → ${short(read.commit)}`);
    return { member, state: 'up-to-date', diagnostics: [] };
  });
}

type MemberEntry = NonNullable<Registry['members'][string]>;

function membersOf(registry: Registry): Array<[string, MemberEntry]> {
  return Object.entries(registry.members)
    .filter((e): e is [string, MemberEntry] => e[1] !== undefined)
    .sort(([a], [b]) => compareStrings(a, b));
}

function refOf(options: GitOptions, locked: LockEntry | undefined): string {
  return options.ref ?? locked?.ref ?? 'HEAD';
}

/** An unreachable repository, or one without the manifest (a draft may lack it). */
function readProblem(
  repo: RepoRegistry,
  member: string,
  entry: MemberEntry,
  ref: string,
  read: GitFileRead,
): { outcome: 'unreachable' | 'reported' | 'draft-without-manifest'; diagnostics: Diagnostic[] } | undefined {
  if (read.status === 'unreachable') {
    return {
      outcome: 'unreachable',
      diagnostics: repo.locate([
        diagnostic(
          'SYNC_GIT_UNREACHABLE',
          SOURCE_LAYOUT.registry,
          pointerOf('members', member, 'repo'),
          `${member}: could not read ${entry.repo} at ${ref}: ${read.reason}.`,
          `Check the URL and the ref (\`git ls-remote ${entry.repo} ${ref}\` must list it) and that this machine can read the repository without a prompt; ${member}'s manifest here and its lock entry were left as they were.`,
        ),
      ]),
    };
  }
  if (read.status === 'no-file') {
    if (entry.draft === true) return { outcome: 'draft-without-manifest', diagnostics: [] };
    return {
      outcome: 'reported',
      diagnostics: [
        diagnostic(
          'SYNC_MANIFEST_MISSING',
          displayOf(entry.repo, ref, repo.manifestFile),
          '',
          `${member}'s repository has no ${repo.manifestFile} at its root at ${ref} (commit ${short(read.commit)}).`,
          `Commit the manifest at the root of ${entry.repo}, or mark "${member}" "draft": true in registry/registry.json.`,
        ),
      ],
    };
  }
  return undefined;
}

/** How a file in a member's repository is named in diagnostics: `<url>#<ref>:<path>`. */
function displayOf(url: string, ref: string, path: string): string {
  return `${url}#${ref}:${path}`;
}

function short(commit: string): string {
  return commit.slice(0, 12);
}

/** `map` with at most `limit` calls running; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
