import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';

/**
 * The PR gate on a real copy of the repo: `npm run check` and `docusaurus build`
 * pass when clean and fail naming each hand-edited, deleted or stray generated file.
 */
describe('the gate', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  beforeAll(() => {
    repo = makeTempRepo();
  });
  afterAll(() => repo.cleanup());

  const edited = 'src/types/contracts/event.v1.ts';
  const deleted = 'static/schemas/summary.v1.schema.json';
  const stray = 'docs/registry/notes.md';

  it('passes check and build when generated files match', () => {
    const check = runCli('check', [], repo.root);
    expect(check.output).toMatch(/check: \d+ sources valid; \d+ generated files up to date\./);
    expect(check.status).toBe(0);
    const build = runDocusaurusBuild(repo.root);
    expect(build.status, build.output).toBe(0);
  });

  it('fails check naming a hand-edited, a deleted and a stray file, with no stack trace', () => {
    appendFileSync(join(repo.root, edited), '// tweaked by hand\n');
    rmSync(join(repo.root, deleted));
    writeFileSync(join(repo.root, stray), '# Notes\n');
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${edited} GENERATED_CHANGED`);
    expect(check.output).toContain('- // tweaked by hand');
    expect(check.output).toContain(`${deleted} GENERATED_MISSING`);
    expect(check.output).toContain(`${stray} GENERATED_ORPHAN`);
    expect(check.output).not.toMatch(/^\s+at /m);
  });

  it('fails the docusaurus build with the same report', () => {
    const build = runDocusaurusBuild(repo.root, 'build-drift');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${edited} GENERATED_CHANGED`);
    expect(build.output).toContain(`${deleted} GENERATED_MISSING`);
    expect(build.output).toContain(`${stray} GENERATED_ORPHAN`);
  });

  it('check --json reports the drift for CI tools', () => {
    const check = runCli('check', ['--json'], repo.root);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { ok: boolean; drift: { missing: Array<{ file: string }>; orphaned: Array<{ file: string }> } };
    expect(report.ok).toBe(false);
    expect(report.drift.missing).toContainEqual({ code: 'GENERATED_MISSING', file: deleted });
    expect(report.drift.orphaned).toContainEqual({ code: 'GENERATED_ORPHAN', file: stray });
  });

  it('gen repairs all three, and a second gen writes nothing', () => {
    const first = runCli('gen', [], repo.root);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`wrote   ${edited}`);
    expect(first.stdout).toContain(`wrote   ${deleted}`);
    expect(first.stdout).toContain(`removed ${stray}`);
    const second = runCli('gen', [], repo.root);
    expect(second.stdout).toMatch(/files planned, 0 written, 0 removed\b/);
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('an edited contract without gen: check names the page, its Markdown copy, catalog.json and the llms files', () => {
    const schema = join(repo.root, 'schemas/contracts/event.v2.schema.json');
    const original = readFileSync(schema, 'utf8');
    const doc = JSON.parse(original) as { description: string };
    writeFileSync(schema, JSON.stringify({ ...doc, description: `${doc.description} Edited.` }, null, 2) + '\n');
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    for (const file of ['docs/contracts/event.v2.md', 'static/contracts/event.v2.md', 'static/catalog.json', 'static/llms.txt', 'static/llms-full.txt']) {
      expect(check.output).toContain(`${file} GENERATED_CHANGED`);
    }
    writeFileSync(schema, original);
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('writes nothing when a source has an error, and names file, pointer, line and fix', () => {
    const stale = join(repo.root, edited);
    appendFileSync(stale, '// stale\n');
    const before = readFileSync(stale, 'utf8');
    const manifest = join(repo.root, 'registry/projects/summarizer.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"producer"', '"transformer"'));
    const syntax = join(repo.root, 'registry/projects/kb_chunks.json');
    writeFileSync(syntax, readFileSync(syntax, 'utf8').replace(/,\n/, '\n'));
    const gen = runCli('gen', [], repo.root);
    expect(gen.status).toBe(1);
    expect(gen.output).toMatch(/registry\/projects\/summarizer\.json#\/role\/kind \(line \d+:\d+\) SOURCE_SCHEMA_VIOLATION: .*\n    fix: /);
    expect(gen.output).toMatch(/registry\/projects\/kb_chunks\.json \(line \d+:\d+\) SOURCE_JSON_SYNTAX/);
    expect(gen.output).toContain('nothing was written');
    expect(gen.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(stale, 'utf8')).toBe(before);
  });
});

describe('determinism', () => {
  it('generates byte-identical files under another time zone and locale', () => {
    const repo = makeTempRepo();
    try {
      const check = runCli('check', [], repo.root, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
      expect(check.output).toContain('up to date');
      expect(check.status).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});
