import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../generators/util/canonical-json';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';
import { git, makeRemotes, type Remotes } from './git-remotes';

const MEMBERS = ['gpt_eventbus', 'gpt_sessions', 'kb_chunks', 'kb_digests', 'summarizer'];
const LOCK = 'registry/sources.lock.json';
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Setup {
  readonly root: string;
  readonly remotes: Remotes;
  readonly read: (path: string) => string;
  readonly lock: () => { members: Record<string, { repo: string; ref: string; commit: string; path: string; blob: string }> };
}

/** A temp copy of the repo whose members live in bare repositories reached by file:// URLs. */
function setup(): Setup {
  const repo = makeTempRepo();
  const remotes = makeRemotes(repo.root);
  cleanups.push(repo.cleanup, remotes.cleanup);
  const read = (path: string): string => readFileSync(join(repo.root, path), 'utf8');
  return { root: repo.root, remotes, read, lock: () => JSON.parse(read(LOCK)) };
}

const upstream = (s: Setup, member: string, rev: string): string => git(join(s.remotes.dir, `${member}.git`), 'rev-parse', rev).trim();

describe('npm run sync -- --from-git', () => {
  it('reads each manifest from its repository, locks the commit and blob, passes check, and is idempotent', () => {
    const s = setup();
    s.remotes.commit('gpt_sessions', (d) => void (d['summary'] = `${String(d['summary'])} Synced from git.`));
    const first = runCli('sync', ['--from-git'], s.root);
    expect(first.status, first.output).toBe(0);
    const synced = JSON.parse(s.read('registry/projects/gpt_sessions.json')) as { $schema: string; summary: string };
    expect(synced.summary).toContain('Synced from git.');
    expect(synced.$schema).toBe('../../schemas/meta/project.schema.json');
    expect(s.read('registry/projects/gpt_sessions.json')).toBe(canonicalJson(synced));
    expect(s.read('docs/registry/gpt_sessions.md')).toContain('Synced from git.');

    const lock = s.lock();
    expect(s.read(LOCK)).toBe(canonicalJson(lock));
    expect(Object.keys(lock.members)).toEqual(MEMBERS);
    for (const m of MEMBERS) {
      expect(lock.members[m]).toEqual({ repo: s.remotes.urlOf(m), ref: 'HEAD', commit: upstream(s, m, 'main'), path: 'ecosystem.manifest.json', blob: upstream(s, m, 'main:ecosystem.manifest.json') });
    }
    expect(first.stdout).toContain(`wrote   ${LOCK}`);
    expect(first.stdout).toMatch(/sync --from-git: 5 members; 0 created, \d+ updated, \d+ unchanged, 0 unreachable, 0 reported, 0 drafts without a manifest; lock written\./);
    // The lock is a source like any other: validated by its meta-schema, and the gate stays green.
    const check = runCli('check', [], s.root);
    expect(check.status, check.output).toBe(0);

    const second = runCli('sync', ['--from-git'], s.root);
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).toMatch(/0 created, 0 updated, 5 unchanged, .*; lock unchanged\./);
    expect(second.stdout).toMatch(/0 written, 0 removed/);
  });

  it('--check names members whose manifest changed upstream since the lock and writes nothing', () => {
    const s = setup();
    expect(runCli('sync', ['--from-git'], s.root).status).toBe(0);
    const clean = runCli('sync', ['--from-git', '--check'], s.root);
    expect(clean.status, clean.output).toBe(0);
    expect(clean.stdout).toContain('sync --check: 5 members; 0 changed upstream, 5 up to date');

    const digests = join(s.remotes.dir, 'work', 'kb_digests');
    writeFileSync(join(digests, 'README.md'), '# kb_digests\n\nNow with a README.\n');
    git(digests, 'commit', '--quiet', '-am', 'Explain the repo');
    git(digests, 'push', '--quiet', s.remotes.urlOf('kb_digests'), 'main');
    s.remotes.commit('summarizer', (d) => void (d['summary'] = 'Writes one summary per session, now upstream.'));
    const files = [LOCK, ...MEMBERS.map((m) => `registry/projects/${m}.json`)];
    const snapshot = files.map(s.read);
    const changed = runCli('sync', ['--from-git', '--check'], s.root);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(/^registry\/sources\.lock\.json#\/members\/summarizer \(line \d+:\d+\) SYNC_UPSTREAM_CHANGED: summarizer: ecosystem\.manifest\.json changed at HEAD: commit [0-9a-f]{12} → [0-9a-f]{12}\./m);
    // kb_digests has a new commit whose manifest is the same file: not a change.
    expect(changed.stderr).not.toContain('kb_digests');
    expect(changed.stdout).toContain('sync --check: 5 members; 1 changed upstream, 4 up to date, 0 unreachable');
    expect(files.map(s.read)).toEqual(snapshot);

    const synced = runCli('sync', ['--from-git'], s.root);
    expect(synced.status, synced.output).toBe(0);
    expect(synced.stdout).toContain('updated registry/projects/summarizer.json');
    expect(s.lock().members['summarizer']?.commit).toBe(upstream(s, 'summarizer', 'main'));
    expect(s.lock().members['kb_digests']?.commit).toBe(upstream(s, 'kb_digests', 'main'));
    expect(runCli('sync', ['--from-git', '--check'], s.root).status).toBe(0);
  });

  it('reports an unreachable member with its code, member and URL, and still syncs the others', () => {
    const s = setup();
    expect(runCli('sync', ['--from-git'], s.root).status).toBe(0);
    const registryPath = join(s.root, 'registry/registry.json');
    const registry = JSON.parse(s.read('registry/registry.json')) as { members: Record<string, { repo: string }> };
    const missing = `${s.remotes.urlOf('kb_chunks').replace(/kb_chunks\.git$/, '')}nowhere.git`;
    (registry.members['kb_chunks'] as { repo: string }).repo = missing;
    writeFileSync(registryPath, JSON.stringify(registry, null, 2) + '\n');
    s.remotes.commit('gpt_eventbus', (d) => void (d['summary'] = 'Normalises chat exports, synced while kb_chunks is away.'));
    const lockedBefore = s.lock().members['kb_chunks'];
    const manifestBefore = s.read('registry/projects/kb_chunks.json');

    const check = runCli('sync', ['--from-git', '--check'], s.root);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('1 changed upstream, 3 up to date, 1 unreachable');

    const r = runCli('sync', ['--from-git'], s.root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^registry/registry\\.json#/members/kb_chunks/repo \\(line \\d+:\\d+\\) SYNC_GIT_UNREACHABLE: kb_chunks: could not read ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at HEAD: `, 'm'));
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(r.stderr).toContain("left    registry/projects/kb_chunks.json (unchanged: kb_chunks's manifest was not synced)");
    expect(r.stdout).toContain('updated registry/projects/gpt_eventbus.json');
    expect(r.stdout).toMatch(/1 unreachable, 0 reported/);
    expect(s.read('registry/projects/kb_chunks.json')).toBe(manifestBefore);
    expect(s.lock().members['kb_chunks']).toEqual(lockedBefore);
    expect(s.lock().members['gpt_eventbus']?.commit).toBe(upstream(s, 'gpt_eventbus', 'main'));
  });

  it('--ref reads a branch and the lock remembers it; a repository without the manifest is reported', () => {
    const s = setup();
    const next = s.remotes.commit('gpt_sessions', (d) => void (d['summary'] = 'Groups events into sessions, on the next branch.'), 'next');
    const r = runCli('sync', ['--from-git', '--ref', 'next'], s.root);
    expect(r.status).toBe(1);
    expect(s.read('registry/projects/gpt_sessions.json')).toContain('on the next branch.');
    expect(s.lock().members['gpt_sessions']).toMatchObject({ ref: 'next', commit: next });
    // The other members have no branch "next".
    expect(r.stderr.match(/SYNC_GIT_UNREACHABLE: \w+: could not read .* at next: /g)).toHaveLength(4);
    // Without --ref, each member is read at the ref its lock entry names.
    expect(runCli('sync', ['--from-git', '--check'], s.root).stdout).toContain('4 changed upstream, 1 up to date');

    const cwd = join(s.remotes.dir, 'work', 'kb_digests');
    git(cwd, 'rm', '--quiet', 'ecosystem.manifest.json');
    git(cwd, 'commit', '--quiet', '-m', 'Drop the manifest');
    git(cwd, 'push', '--quiet', s.remotes.urlOf('kb_digests'), 'main');
    const gone = runCli('sync', ['--from-git', '--ref', 'main'], s.root);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toContain(`${s.remotes.urlOf('kb_digests')}#main:ecosystem.manifest.json SYNC_MANIFEST_MISSING: kb_digests's repository has no ecosystem.manifest.json at its root at main`);
    expect(gone.stdout).toMatch(/0 unreachable, 1 reported/);
  });

  it('refuses flags that do not combine', () => {
    const cases: Array<[string[], string]> = [
      [['--from-git', '--workspace', '.'], '--workspace and --from-git are exclusive'],
      [['--workspace', '.', '--check'], '--check needs --from-git'],
      [['--workspace', '.', '--ref', 'main'], '--ref needs --from-git'],
      [['--from-git', '--reconcile'], 'does not combine with --from-git'],
      [['--from-git', '--timeout', 'soon'], '--timeout "soon" is not a number of seconds'],
      [['--from-git', '--ref=--upload-pack=x'], 'is not a branch or tag name'],
    ];
    for (const [argv, message] of cases) {
      const r = runCli('sync', argv, REPO_ROOT);
      expect(r.status, argv.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('Usage: ');
    }
  });
});
