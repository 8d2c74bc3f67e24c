import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

/**
 * The cache in .cache-ops/ only ever saves work: with it warm, corrupted or
 * tampered with, check still fails on a stale generated file.
 */
describe('the cache', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  const stale = 'static/schemas/event.v1.schema.json';
  const runFile = () => join(repo.root, '.cache-ops', 'last-run.json');

  beforeAll(() => {
    repo = makeTempRepo();
    expect(runCli('check', [], repo.root).status).toBe(0);
  });
  afterAll(() => repo.cleanup());

  it('answers a no-op check from the cache and still reads the generated files', () => {
    const warm = runCli('check', [], repo.root);
    expect(warm.status).toBe(0);
    appendFileSync(join(repo.root, stale), ' ');
    const afterEdit = runCli('check', [], repo.root);
    expect(afterEdit.status).toBe(1);
    expect(afterEdit.output).toContain(`${stale} GENERATED_CHANGED`);
  });

  it('ignores a cache file full of garbage', () => {
    writeFileSync(runFile(), 'not json at all');
    writeFileSync(join(repo.root, '.cache-ops', 'memo.bin'), 'truncated garbage');
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${stale} GENERATED_CHANGED`);
  });

  it('ignores a cache entry edited to bless the stale file', async () => {
    expect(runCli('check', [], repo.root).status).toBe(1);
    const { sha256 } = await import('../../generators/util/hash');
    const text = readFileSync(runFile(), 'utf8');
    const [checksum, body] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
    const record = JSON.parse(body) as { planned: Record<string, string> };
    record.planned[stale] = sha256(readFileSync(join(repo.root, stale), 'utf8'));
    writeFileSync(runFile(), `${checksum}\n${JSON.stringify(record)}`);
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${stale} GENERATED_CHANGED`);
  });

  it('re-runs when a source changed, even with every generated file as before', () => {
    expect(runCli('gen', [], repo.root).status).toBe(0);
    expect(runCli('check', [], repo.root).status).toBe(0);
    const manifest = join(repo.root, 'registry/projects/summarizer.json');
    const original = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, original.replace(/"summary": "/, '"summary": "Edited. '));
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain('GENERATED_CHANGED');
    writeFileSync(manifest, original);
  });

  it('regenerates only what one edited plugin spec affects', () => {
    expect(runCli('gen', [], repo.root).status).toBe(0);
    const spec = join(repo.root, 'registry/plugins/DedupeKeeper/plugin.spec.json');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/"description": "/, '"description": "Edited. '));
    const gen = runCli('gen', [], repo.root);
    expect(gen.status).toBe(0);
    const written = [...gen.stdout.matchAll(/^wrote {3}(\S+)$/gm)].map((m) => m[1]);
    expect(written.length).toBeGreaterThan(0);
    // The plugin's files and page (with its Markdown copy), the plugins index, and the files describing the whole manual.
    expect(written.filter((p) => !/DedupeKeeper|(docs|static)\/plugins\/(index\.md|_tables\/index\.json)|static\/(catalog\.json|llms\.txt|llms-full\.txt)$/.test(p ?? ''))).toEqual([]);
    const [, computed, total] = /(\d+) of (\d+) rendering steps recomputed/.exec(gen.stdout) ?? [];
    expect(Number(total)).toBeGreaterThan(50);
    expect(Number(computed)).toBeLessThan(Number(total) / 4);
  });
});
