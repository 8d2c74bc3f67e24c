import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../generators/catalog';
import { diskReader } from '../../generators/load/source-reader';
import type { Catalog } from '../../generators/model/catalog';
import { createAjv } from '../../generators/validate/create-ajv';
import { diskRunFiles } from '../../generators/verify/disk-run-files';
import { DEFAULT_LIMITS } from '../../generators/verify/limits';
import { catalogVerifyManual } from '../../generators/verify/catalog-manual';
import { verifyModel } from '../../generators/verify/verify-model';
import type { VerifyReport } from '../../generators/verify/verify-report';
import { verifyRun } from '../../generators/verify/verify-run';
import { REPO_ROOT } from '../helpers/fixture-reader';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/runs');
const MEMBERS = ['gpt_eventbus', 'gpt_sessions', 'kb_chunks', 'kb_digests', 'summarizer'];
let catalog: Catalog;
const validateReport = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/verify-report.schema.json'), 'utf8')));

beforeAll(() => {
  const r = loadCatalog(diskReader(REPO_ROOT));
  if (!r.ok) throw new Error('sources have problems');
  catalog = r.catalog;
});

async function verify(member: string, repo: string, limits = DEFAULT_LIMITS): Promise<VerifyReport> {
  const manual = catalogVerifyManual(catalog);
  const model = verifyModel(manual.data, member);
  if (!model.ok) throw new Error(member);
  const report = await verifyRun(model.model, diskRunFiles(repo), manual.validators, {}, limits);
  expect(validateReport(JSON.parse(JSON.stringify(report))), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

describe('verify run', () => {
  it.each(MEMBERS)('the compliant run of %s complies', async (member) => {
    const r = await verify(member, join(FIXTURES, member));
    expect(r.diagnostics).toEqual([]);
    expect(r.status).toBe('compliant');
  });

  let tmp = '';
  const copy = (member: string): string => {
    tmp = mkdtempSync(join(tmpdir(), 'ops-verify-'));
    cpSync(join(FIXTURES, member), tmp, { recursive: true });
    return tmp;
  };
  afterEach(() => {
    if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
    tmp = '';
  });
  const record = (repo: string): string => join(repo, 'artifacts/run_records/01JD4000000000000000000004.json');
  const edit = (path: string, f: (v: Record<string, unknown>) => void): void => {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    f(v);
    writeFileSync(path, JSON.stringify(v));
  };
  const rulesOf = (r: VerifyReport): string[] => [...new Set(r.diagnostics.map((d) => `${d.rule}:${d.code}`))].sort();

  it('a run record that is not JSON', async () => {
    const repo = copy('summarizer');
    writeFileSync(record(repo), '{ not json');
    expect(rulesOf(await verify('summarizer', repo))).toEqual(['run-record-valid:VERIFY_JSON_INVALID']);
  });

  it('an invalid line is reported with its line and pointer; the manifest then differs', async () => {
    const repo = copy('summarizer');
    const data = join(repo, 'bus/summaries/2024-05-14/summaries.jsonl');
    writeFileSync(data, readFileSync(data, 'utf8') + '{"schema_version":"summary.v1"}\n{"trunc');
    const r = await verify('summarizer', repo);
    expect(rulesOf(r)).toEqual(['manifest-files-match:VERIFY_MANIFEST_RECORDS', 'manifest-files-match:VERIFY_MANIFEST_SHA256', 'outputs-valid:VERIFY_JSONL_TRUNCATED', 'outputs-valid:VERIFY_OUTPUT_INVALID']);
    expect(r.diagnostics.find((d) => d.code === 'VERIFY_OUTPUT_INVALID')?.line).toBeGreaterThan(1);
  });

  it('a BOM, binary data and a line over the limit each have their code', async () => {
    const repo = copy('summarizer');
    const data = join(repo, 'bus/summaries/2024-05-14/summaries.jsonl');
    const text = readFileSync(data, 'utf8');
    writeFileSync(data, '\uFEFF' + text + 'x'.repeat(5000) + '\n');
    const r = await verify('summarizer', repo, { ...DEFAULT_LIMITS, maxLineBytes: 4096 });
    expect(rulesOf(r)).toContain('outputs-valid:VERIFY_FILE_BOM');
    expect(rulesOf(r)).toContain('outputs-valid:VERIFY_LINE_TOO_LONG');
    writeFileSync(data, Buffer.from([0, 1, 2, 255, 10]));
    expect(rulesOf(await verify('summarizer', repo))).toContain('outputs-valid:VERIFY_FILE_BINARY');
  });

  it('paths outside the checkout and links are refused, never read', async () => {
    const repo = copy('summarizer');
    edit(record(repo), (v) => void (v['output_paths'] = [...(v['output_paths'] as string[]), '../../etc/passwd', 'bus/summaries/2024-05-14/extra.jsonl'].sort()));
    const manifest = join(repo, 'bus/summaries/2024-05-14/manifest.json');
    edit(manifest, (v) => void (v['files'] as unknown[]).push({ path: '../../../../../etc/passwd', sha256: '0'.repeat(64), records: 0 }));
    symlinkSync('/etc/hostname', join(repo, 'bus/summaries/2024-05-14/extra.jsonl'));
    const r = await verify('summarizer', repo);
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes).toContain('VERIFY_PATH_OUTSIDE_REPO');
    expect(codes).toContain('VERIFY_SYMLINK');
    expect(r.status).toBe('violations');
  });

  it('a failed run with a stop-the-line code is a stopped line, not a violation', async () => {
    const repo = copy('summarizer');
    edit(record(repo), (v) => {
      v['status'] = 'failure';
      v['errors'] = [{ code: 'CONTRACT_VIOLATION', message: 'line 3 invalid', retryable: false }];
    });
    const r = await verify('summarizer', repo);
    expect(r.diagnostics).toEqual([]);
    expect(r.status).toBe('stopped');
    expect(r.stopped_by).toEqual(['CONTRACT_VIOLATION']);
  });

  it('seams: an undeclared input, a wrong producer, an undeclared schema version', async () => {
    const repo = copy('summarizer');
    edit(record(repo), (v) => {
      const inputs = v['input_manifests'] as Array<Record<string, unknown>>;
      inputs[0]!['producer'] = 'kb_chunks';
      inputs.push({ ...inputs[1]!, contract: 'chunks.v1', producer: 'kb_chunks' });
      v['schema_versions'] = [...(v['schema_versions'] as string[]), 'clusters.v1'].sort();
    });
    expect(rulesOf(await verify('summarizer', repo))).toEqual([
      'input-contract-declared:VERIFY_INPUT_UNDECLARED',
      'input-producer-valid:VERIFY_INPUT_PRODUCER',
      'schema-versions-declared:VERIFY_SCHEMA_VERSION_UNDECLARED',
    ]);
  });

  it('manifests: producer, created_by, an unlisted file', async () => {
    const repo = copy('summarizer');
    edit(join(repo, 'bus/summaries/2024-05-14/manifest.json'), (v) => {
      v['producer'] = 'gpt_sessions';
      v['created_by'] = '01JD3X5ZQ8M4T7V2K9N6R1B0CE';
    });
    writeFileSync(join(repo, 'bus/summaries/2024-05-14/stray.jsonl'), '');
    expect(rulesOf(await verify('summarizer', repo))).toEqual(['manifest-complete:VERIFY_MANIFEST_UNLISTED_FILE', 'manifest-created-by:VERIFY_MANIFEST_CREATED_BY', 'manifest-producer:VERIFY_MANIFEST_PRODUCER']);
  });
  it('VERIFY_OUTPUT_PATH_MISSING', async () => {
    const repo = copy('kb_digests');
    edit(join(repo, 'artifacts/run_records/01JD4000000000000000000003.json'), (v) => void (v['output_paths'] = [...(v['output_paths'] as string[]), 'publish/digests/2024-05-14/dig_gone.md'].sort()));
    expect(rulesOf(await verify('kb_digests', repo))).toEqual(['output-paths-exist:VERIFY_OUTPUT_PATH_MISSING']);
  });

  it('VERIFY_FILE_TOO_LARGE and VERIFY_NOT_A_FILE', async () => {
    const repo = copy('summarizer');
    expect(rulesOf(await verify('summarizer', repo, { ...DEFAULT_LIMITS, maxDocumentBytes: 10 }))).toEqual(['run-record-valid:VERIFY_FILE_TOO_LARGE']);
    edit(record(repo), (v) => void (v['output_paths'] = [...(v['output_paths'] as string[]), 'bus'].sort()));
    expect(rulesOf(await verify('summarizer', repo))).toContain('output-paths-exist:VERIFY_NOT_A_FILE');
  });

  const S = 'bus/summaries/2024-05-14';
  it.each<[string, (repo: string) => void, string]>([
    ['VERIFY_RUN_PROJECT_MISMATCH', (repo) => edit(record(repo), (v) => void (v['project'] = 'kb_chunks')), 'run-record-project'],
    ['VERIFY_ERROR_CODE_UNKNOWN', (repo) => edit(record(repo), (v) => void (v['errors'] = [{ code: 'NOT_A_CODE', message: 'x', retryable: false }])), 'run-record-error-codes'],
    ['VERIFY_ERROR_RETRYABLE_MISMATCH', (repo) => edit(record(repo), (v) => void (v['errors'] = [{ code: 'INPUT_EMPTY', message: 'x', retryable: true }])), 'run-record-error-codes'],
    ['VERIFY_RUN_RECORD_INVALID', (repo) => edit(record(repo), (v) => void delete v['code_version']), 'run-record-valid'],
    ['VERIFY_RUN_RECORD_MISSING', (repo) => rmSync(record(repo)), 'run-record-exists'],
    ['VERIFY_RUN_RECORD_NAME', (repo) => edit(record(repo), (v) => void (v['run_id'] = '01JD4000000000000000000009')), 'run-record-valid'],
    ['VERIFY_OUTPUT_REQUIRED_MISSING', (repo) => {
      rmSync(join(repo, S, 'manifest.json'));
      edit(record(repo), (v) => void (v['output_paths'] = (v['output_paths'] as string[]).filter((p) => !p.endsWith('manifest.json'))));
    }, 'required-outputs-exist'],
    ['VERIFY_OUTPUT_UNDECLARED', (repo) => {
      writeFileSync(join(repo, 'other.txt'), 'x');
      edit(record(repo), (v) => void (v['output_paths'] = [...(v['output_paths'] as string[]), 'other.txt'].sort()));
    }, 'outputs-declared'],
    ['VERIFY_MANIFEST_INVALID', (repo) => edit(join(repo, S, 'manifest.json'), (v) => void (v['extra'] = 1)), 'manifest-valid'],
    ['VERIFY_MANIFEST_PARTITION', (repo) => edit(join(repo, S, 'manifest.json'), (v) => void (v['date'] = '2024-05-13')), 'manifest-partition'],
    ['VERIFY_MANIFEST_FILE_MISSING', (repo) => edit(join(repo, S, 'manifest.json'), (v) => void (v['files'] as unknown[]).push({ path: 'gone.jsonl', sha256: '0'.repeat(64), records: 0 })), 'manifest-files-match'],
    ['VERIFY_PATH_OUTSIDE_PARTITION', (repo) => edit(join(repo, S, 'manifest.json'), (v) => void (v['files'] as unknown[]).push({ path: '../../../ecosystem.manifest.json', sha256: '0'.repeat(64), records: 0 })), 'manifest-files-match'],
  ])('%s', async (code, mutate, rule) => {
    const repo = copy('summarizer');
    mutate(repo);
    const r = await verify('summarizer', repo);
    expect(r.diagnostics.map((d) => d.code)).toContain(code);
    expect([...new Set(r.diagnostics.map((d) => d.rule))]).toEqual([rule]);
  });
});
