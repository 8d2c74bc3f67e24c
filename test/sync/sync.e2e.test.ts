import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../generators/util/canonical-json';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';
import { materialiseWorkspace } from './workspace';

const MEMBERS = ['gpt_eventbus', 'gpt_sessions', 'kb_chunks', 'kb_digests', 'summarizer'];
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A temp copy of the repo and a workspace built from it with a fixture case laid over it. */
function setup(workspace: string): { root: string; ws: string; manifest: (m: string) => string } {
  const repo = makeTempRepo();
  const ws = materialiseWorkspace(repo.root, workspace);
  cleanups.push(repo.cleanup, ws.cleanup);
  return { root: repo.root, ws: ws.dir, manifest: (m) => readFileSync(join(repo.root, 'registry', 'projects', `${m}.json`), 'utf8') };
}

/** Changes one member's manifest in its checkout, as a commit in the member repo would. */
function editCheckout(ws: string, member: string, edit: (doc: Record<string, unknown>) => void, file = 'ecosystem.manifest.json'): void {
  const path = join(ws, member, file);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(doc);
  writeFileSync(path, JSON.stringify(doc, null, 2));
}

describe('npm run sync', () => {
  it('explains itself, including how dependencies are matched to members', () => {
    const r = runCli('sync', ['--help'], REPO_ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--workspace <dir>');
    expect(r.stdout).toContain('without an @scope/ prefix');
    expect(r.stdout).toContain('go.mod');
  });

  it('refuses to run without a workspace', () => {
    const r = runCli('sync', [], REPO_ROOT);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--workspace <dir> is required');
  });

  it('writes every member’s manifest normalised, regenerates, and is idempotent', () => {
    const { root, ws, manifest } = setup('complete');
    editCheckout(ws, 'gpt_sessions', (d) => void (d['summary'] = `${String(d['summary'])} Synced from its repo.`));
    const first = runCli('sync', ['--workspace', ws], root);
    expect(first.status, first.output).toBe(0);
    const synced = JSON.parse(manifest('gpt_sessions')) as { $schema: string; summary: string };
    expect(synced.$schema).toBe('../../schemas/meta/project.schema.json');
    expect(synced.summary).toContain('Synced from its repo.');
    // Canonical JSON: sorted keys, two spaces, one trailing newline.
    expect(manifest('gpt_sessions')).toBe(canonicalJson(synced));
    expect(Object.keys(synced)[0]).toBe('$schema');
    expect(first.stdout).toContain('wrote   docs/registry/gpt_sessions.md');
    expect(readFileSync(join(root, 'docs/registry/gpt_sessions.md'), 'utf8')).toContain('Synced from its repo.');
    expect(first.stdout).toContain('updated registry/projects/gpt_sessions.json');
    expect(first.stdout).toMatch(/sync: 5 members; 0 created, \d+ updated, \d+ unchanged, 0 reported, 0 drafts without a manifest\./);
    expect(runCli('check', [], root).status).toBe(0);

    const second = runCli('sync', ['--workspace', ws], root);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/0 written, 0 removed/);
    expect(second.stdout).toMatch(/0 updated, 5 unchanged/);
  });

  it('reports missing and invalid manifests with file and pointer, and leaves those members untouched', () => {
    const { root, ws, manifest } = setup('broken');
    editCheckout(ws, 'gpt_eventbus', (d) => void (d['summary'] = 'Normalises raw chat exports into one event stream per day. Synced from its repo.'));
    const before = Object.fromEntries(MEMBERS.map((m) => [m, manifest(m)]));
    const r = runCli('sync', ['--workspace', ws], root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${ws}/gpt_sessions/ecosystem.manifest.json SYNC_MANIFEST_MISSING`);
    expect(r.stderr).toMatch(new RegExp(`${ws}/summarizer/ecosystem\\.manifest\\.json \\(line 10:3\\) SOURCE_JSON_SYNTAX`));
    expect(r.stderr).toMatch(new RegExp(`${ws}/kb_digests/ecosystem\\.manifest\\.json#/role/kind \\(line \\d+:\\d+\\) SYNC_MANIFEST_INVALID`));
    expect(r.stderr).toMatch(new RegExp(`${ws}/kb_chunks/ecosystem\\.manifest\\.json#/name \\(line 3:3\\) SYNC_NAME_MISMATCH`));
    expect(r.output).not.toMatch(/^\s+at /m);
    for (const m of ['gpt_sessions', 'summarizer', 'kb_digests', 'kb_chunks']) expect(manifest(m), m).toBe(before[m]);
    expect(manifest('gpt_eventbus')).not.toBe(before['gpt_eventbus']);
    expect(manifest('gpt_eventbus')).toContain('Synced from its repo.');
    expect(r.stdout).toMatch(/1 updated, 0 unchanged, 4 reported/);
  });

  it('reconciles declared build edges with package.json and go.mod', () => {
    const { root, ws } = setup('reconcile');
    const r = runCli('sync', ['--workspace', ws, '--reconcile'], root);
    expect(r.status).toBe(1);
    const findings = r.stderr.split('\n').filter((l) => / RECONCILE_[A-Z_]+: /.test(l));
    expect(findings).toHaveLength(2);
    expect(r.stderr).toContain(`${ws}/summarizer/package.json#/devDependencies/@pipeline~1gpt_sessions (line 8:5) RECONCILE_UNDECLARED_DEPENDENCY: summarizer depends on "@pipeline/gpt_sessions" (devDependencies), which is the member gpt_sessions, but its manifest declares no build edge to gpt_sessions (only a contract edge).`);
    expect(r.stderr).toMatch(/registry\/projects\/kb_digests\.json#\/dependsOn\/2 \(line \d+:\d+\) RECONCILE_BUILD_EDGE_UNUSED: kb_digests declares a build edge to summarizer, but no dependency in its package\.json points at summarizer\./);
    // gpt_sessions (go.mod) and kb_chunks (git URL of gpt_eventbus's repo) declare the edges their dependencies need.
    expect(r.stderr).not.toMatch(/gpt_sessions\/go\.mod|kb_chunks\/package\.json|registry\/projects\/(gpt_sessions|kb_chunks)\.json/);
    expect(r.stdout).toContain('reconcile: 4 members compared, 2 mismatches.');
    expect(r.stdout).toMatch(/gen: \d+ sources valid/);
  });

  it('reads the manifest file named in the registry and skips drafts that have none', () => {
    const { root, ws } = setup('complete');
    const registryPath = join(root, 'registry', 'registry.json');
    const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as { manifestFile: string; members: Record<string, unknown> };
    registry.manifestFile = 'pipeline.json';
    registry.members['kb_search'] = { repo: 'https://git.example.org/pipeline/kb_search', draft: true };
    writeFileSync(registryPath, JSON.stringify(registry, null, 2));
    for (const m of MEMBERS) cpSync(join(ws, m, 'ecosystem.manifest.json'), join(ws, m, 'pipeline.json'));
    rmSync(join(ws, 'kb_chunks', 'ecosystem.manifest.json'));
    mkdirSync(join(ws, 'kb_search'));
    const r = runCli('sync', ['--workspace', ws], root);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('skipped kb_search (draft, no manifest yet)');
    expect(r.stdout).toMatch(/0 created, \d+ updated, \d+ unchanged, 0 reported, 1 drafts without a manifest/);
  });
});
