import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

/** A command as a process in the temp repo, as npm runs it (the pipeline loads its modules lazily, as under tsx). */
async function run(name: string, argv: readonly string[], root: string): Promise<{ code: number; out: string }> {
  const r = runCli(name, argv, root);
  return { code: r.status ?? -1, out: r.output };
}

const json = (root: string, path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const writeJson = (root: string, path: string, value: unknown): void => writeFileSync(join(root, path), JSON.stringify(value, null, 2) + '\n');

describe('scaffolds in a copy of the bundled manual', () => {
  let repo: { root: string; cleanup: () => void };
  const newOf = (...argv: string[]): Promise<{ code: number; out: string }> => run('new', [...argv, '--root', repo.root], repo.root);
  const checkOf = (): Promise<{ code: number; out: string }> => run('check', ['--root', repo.root], repo.root);
  beforeAll(() => {
    repo = makeTempRepo();
  });
  afterAll(() => repo.cleanup());

  it('new member refuses bad names with the code the gate gives them, writing nothing', async () => {
    const registry = readFileSync(join(repo.root, 'registry/registry.json'), 'utf8');
    const cases: Array<[string[], string]> = [
      [['Bad Name', '--role', 'producer', '--bus', 'x', '--layer', 'ingest'], 'SOURCE_SCHEMA_VIOLATION'],
      [['../escape', '--role', 'producer', '--bus', 'x', '--layer', 'ingest'], 'SOURCE_SCHEMA_VIOLATION'],
      [['index', '--role', 'producer', '--bus', 'x', '--layer', 'ingest'], 'REGISTRY_MEMBER_NAME_RESERVED'],
      [['kb_search', '--role', 'consumer', '--bus', 'chunks'], 'REGISTRY_LAYER_MISSING'],
      [['kb_search', '--role', 'consumer', '--bus', 'chunks', '--layer', 'nowhere'], 'PROJECT_UNKNOWN_LAYER'],
      [['kb_search', '--role', 'reader', '--bus', 'chunks', '--layer', 'knowledge'], 'SOURCE_SCHEMA_VIOLATION'],
    ];
    for (const [argv, code] of cases) {
      const r = await newOf('member', ...argv);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toContain(code);
      expect(r.out).toContain('Nothing was written.');
    }
    expect(readFileSync(join(repo.root, 'registry/registry.json'), 'utf8')).toBe(registry);
    expect(readdirSync(join(repo.root, 'registry/projects'))).not.toContain('kb_search.json');
  });

  it('new member → a draft whose TODOs the gate names; filled in and admitted, check passes', async () => {
    const created = await newOf('member', 'kb_search', '--role', 'consumer', '--bus', 'chunks', '--layer', 'knowledge');
    expect(created.code, created.out).toBe(0);
    expect(created.out).toContain('created registry/projects/kb_search.json');
    const draft = await checkOf();
    expect(draft.code, draft.out).toBe(0);
    expect(draft.out.match(/REGISTRY_TODO_PLACEHOLDER \(warning\)/g)?.length, draft.out).toBe(7);
    // Unchanged since the last run, answered from the cache: the warnings are still reported.
    const again = await checkOf();
    expect(again.out.match(/REGISTRY_TODO_PLACEHOLDER \(warning\)/g)?.length, again.out).toBe(7);

    // Admitted too early: every TODO is an error.
    const registry = json(repo.root, 'registry/registry.json') as { members: Record<string, { repo: string; draft?: boolean }> };
    writeJson(repo.root, 'registry/registry.json', { ...registry, members: { ...registry.members, kb_search: { repo: 'https://git.example.org/pipeline/kb_search' } } });
    const early = await checkOf();
    expect(early.code).toBe(1);
    expect(early.out.match(/REGISTRY_TODO_PLACEHOLDER:/g)?.length).toBe(6);

    // The documented edits: every TODO replaced, what it reads and the edge to its producer.
    const manifest = json(repo.root, 'registry/projects/kb_search.json');
    writeJson(repo.root, 'registry/projects/kb_search.json', {
      ...manifest,
      summary: 'Serves full-text search over the canonical chunks.',
      inputs: ['chunks.v1'],
      outputs: [{ contract: 'run_record.v1', artifact: 'Run record', path: 'artifacts/run_records/{run_id}.json', requiredWhenEmpty: true }],
      entrypoints: [{ name: 'run', command: 'python -m kb_search.cli index --date {YYYY-MM-DD}' }],
      smokeTest: { command: 'python -m kb_search.cli index --date 2024-01-01 --bus-root tests/fixtures/empty_bus', description: 'Indexes an empty chunk partition and writes its run record.' },
      runRecords: 'artifacts/run_records/',
      dependsOn: [{ to: 'kb_chunks', kind: 'contract', note: 'Reads chunks.v1.' }],
    });
    const regenerated = await run('gen', ['--root', repo.root], repo.root);
    expect(regenerated.code, regenerated.out).toBe(0);
    const admitted = await checkOf();
    expect(admitted.code, admitted.out).toBe(0);
    expect(admitted.out).not.toContain('REGISTRY_TODO_PLACEHOLDER');
  });

  it('new contract → a v1 skeleton emitted by the member; check passes', async () => {
    for (const [id, code] of [['Search', 'SOURCE_SCHEMA_VIOLATION'], ['search_hits.v2', 'not a first version'], ['event.v1', 'exists already']] as const) {
      const r = await newOf('contract', id, '--emitted-by', 'kb_search');
      expect(r.code).toBe(1);
      expect(r.out).toContain(code);
    }
    const r = await newOf('contract', 'search_hits.v1', '--emitted-by', 'kb_search');
    expect(r.code, r.out).toBe(0);
    const schema = json(repo.root, 'schemas/contracts/search_hits.v1.schema.json');
    expect(schema).toMatchObject({ $id: 'https://ops-manual.example.org/schemas/search_hits.v1.schema.json', title: 'search_hits.v1', type: 'object' });
    expect(json(repo.root, 'registry/projects/kb_search.json')['outputs']).toContainEqual(expect.objectContaining({ contract: 'search_hits.v1' }));
    // The documented edit: a real field and example.
    const props = schema['properties'] as Record<string, unknown>;
    writeJson(repo.root, 'schemas/contracts/search_hits.v1.schema.json', {
      ...schema,
      required: ['schema_version', 'id', 'query'],
      properties: { ...props, query: { type: 'string', minLength: 1, description: 'The query as typed.' } },
      examples: [{ schema_version: 'search_hits.v1', id: 'hit_0001', query: 'parser versions' }],
    });
    // Not yet published (the lock records it since the scaffold's gen), so the in-place change is a relock.
    const relocked = await run('relock', ['search_hits.v1', '--root', repo.root], repo.root);
    expect(relocked.code, relocked.out).toBe(0);
    const c = await checkOf();
    expect(c.code, c.out).toBe(0);
  });

  it('new version → copy, edit, --refresh lists the classified changes in the ADR; check passes', async () => {
    const r = await newOf('version', 'summary.v1');
    expect(r.code, r.out).toBe(0);
    const v2 = json(repo.root, 'schemas/contracts/summary.v2.schema.json');
    expect(v2).toMatchObject({ $id: 'https://ops-manual.example.org/schemas/summary.v2.schema.json', title: 'summary.v2' });
    const adrFile = readdirSync(join(repo.root, 'adr')).find((f) => f.includes('introduce-summary-v2')) as string;
    expect(adrFile).toBeDefined();
    const adr = (): string => readFileSync(join(repo.root, 'adr', adrFile), 'utf8');
    expect(adr()).toContain('## Migration');
    expect((await checkOf()).code).toBe(0);

    (v2['required'] as string[]).push('highlights');
    writeJson(repo.root, 'schemas/contracts/summary.v2.schema.json', v2);
    const edited = await checkOf();
    expect(edited.out).toContain('CONTRACT_CHANGED_WITHOUT_BUMP');
    const refreshed = await newOf('version', 'summary.v2', '--refresh');
    expect(refreshed.code, refreshed.out).toBe(0);
    expect(adr()).toContain('`highlights: highlights is now required (breaking for writers)`');
    expect(adr()).toContain('`schema_version: value "summary.v1" removed (breaking for writers)`');
    const c = await checkOf();
    expect(c.code, c.out).toBe(0);
  });
});

describe('init in a copy of the bundled manual', () => {
  let repo: { root: string; cleanup: () => void };
  beforeAll(() => {
    repo = makeTempRepo();
  });
  afterAll(() => repo.cleanup());

  it('refuses without --yes when stdin is not a terminal', async () => {
    const r = await run('init', ['--name', 'Acme data platform', '--root', repo.root], repo.root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('pass --yes');
    expect(readdirSync(join(repo.root, 'registry/projects')).length).toBeGreaterThan(0);
  });

  it('--yes: an empty manual that passes check and builds, and says what to do next', async () => {
    const r = await run('init', ['--name', 'Acme data platform', '--layers', 'ingest,serve', '--yes', '--root', repo.root], repo.root);
    expect(r.code, r.out).toBe(0);
    expect(readdirSync(join(repo.root, 'registry/projects'))).toEqual([]);
    expect(readdirSync(join(repo.root, 'schemas/contracts')).sort()).toEqual(['manifest.v1.schema.json', 'run_record.v1.schema.json']);
    expect(readdirSync(join(repo.root, 'adr'))).toEqual(['0001-adopt-the-ops-manual-for-acme-data-platform.md']);
    expect(readFileSync(join(repo.root, 'docs/bus-roles.md'), 'utf8')).not.toContain('gpt_eventbus');
    expect(readFileSync(join(repo.root, 'docs/registry/index.md'), 'utf8')).toContain('No members yet');
    const c = await run('check', ['--root', repo.root], repo.root);
    expect(c.code, c.out).toBe(0);
    const build = runDocusaurusBuild(repo.root);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  }, 600_000);
});
