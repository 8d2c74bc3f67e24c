import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../generators/catalog';
import { diskReader } from '../../generators/load/source-reader';
import type { Catalog } from '../../generators/model/catalog';
import { createAjv } from '../../generators/validate/create-ajv';
import { catalogVerifyManual } from '../../generators/verify/catalog-manual';
import { diskRunFiles } from '../../generators/verify/disk-run-files';
import { DEFAULT_LIMITS, type VerifyLimits } from '../../generators/verify/limits';
import { ALL_RUN_RULES } from '../../generators/verify/rules';
import type { RunSelection } from '../../generators/verify/rules/run-record/run-record-exists';
import type { VerifyManual } from '../../generators/verify/verify-manual';
import { verifyModel } from '../../generators/verify/verify-model';
import type { VerifyReport } from '../../generators/verify/verify-report';
import { verifyRun } from '../../generators/verify/verify-run';
import { generatedFolders, runFixtures, type CaseExpectation } from '../fixtures/runs/generate';
import { RUN_CASES } from '../fixtures/runs/run-cases';
import { REPO_ROOT } from '../helpers/fixture-reader';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/runs');
const MEMBERS = ['gpt_eventbus', 'gpt_sessions', 'kb_chunks', 'kb_digests', 'summarizer'];
let catalog: Catalog;
let manual: VerifyManual;
const validateReport = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/verify-report.schema.json'), 'utf8')));

beforeAll(() => {
  const r = loadCatalog(diskReader(REPO_ROOT));
  if (!r.ok) throw new Error('sources have problems');
  catalog = r.catalog;
  manual = catalogVerifyManual(catalog);
});

async function verify(member: string, repo: string, limits: VerifyLimits = DEFAULT_LIMITS, selection: RunSelection = {}): Promise<VerifyReport> {
  const model = verifyModel(manual.data, member);
  if (!model.ok) throw new Error(member);
  const report = await verifyRun(model.model, diskRunFiles(repo), manual.validators, selection, limits);
  expect(validateReport(JSON.parse(JSON.stringify(report))), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

const findingsOf = (r: VerifyReport): string[] => [...new Set(r.diagnostics.map((d) => `${d.rule}:${d.code}`))].sort();
const caseNames = (): string[] =>
  readdirSync(join(FIXTURES, 'cases'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -5));
const expectationOf = (name: string): CaseExpectation => JSON.parse(readFileSync(join(FIXTURES, 'cases', `${name}.json`), 'utf8')) as CaseExpectation;

describe('the run fixtures', () => {
  it('are what test/fixtures/runs/generate.ts writes from the sources (run it and commit when this fails)', () => {
    const planned = runFixtures(catalog);
    const onDisk = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(join(FIXTURES, dir))) {
        const path = `${dir}/${name}`;
        const s = lstatSync(join(FIXTURES, path));
        if (s.isDirectory()) walk(path);
        else onDisk.set(path, s.isSymbolicLink() ? `-> ${readlinkSync(join(FIXTURES, path))}` : readFileSync(join(FIXTURES, path)).toString('base64'));
      }
    };
    for (const dir of generatedFolders(catalog)) walk(dir);
    const wanted = new Map([...planned].map(([path, content]) => [path, typeof content === 'string' || Buffer.isBuffer(content) ? Buffer.from(content).toString('base64') : 'symlink' in content ? `-> ${content.symlink}` : '']));
    expect([...onDisk.keys()].sort()).toEqual([...wanted.keys()].sort());
    for (const [path, content] of wanted) expect(onDisk.get(path), path).toBe(content);
  });

  it.each(MEMBERS)('the compliant run of %s complies', async (member) => {
    const r = await verify(member, join(FIXTURES, member));
    expect(r.diagnostics).toEqual([]);
    expect(r.status).toBe('compliant');
  });

  it.each(caseNames())('case %s reports exactly what it expects', async (name) => {
    const expected = expectationOf(name);
    const r = await verify(expected.member, join(FIXTURES, 'cases', name));
    expect(findingsOf(r)).toEqual(expected.findings);
    expect(r.status).toBe(expected.status);
    expect(r.ok).toBe(false);
  });

  it('every rule has a case that breaks that rule alone, named for it', () => {
    for (const rule of ALL_RUN_RULES) {
      const own = expectationOf(rule.name);
      expect(own.findings.length, rule.name).toBeGreaterThan(0);
      expect(own.findings.every((f) => f.startsWith(`${rule.name}:`)), rule.name).toBe(true);
    }
  });

  /** Codes that need a limit lowered to fire on a small file: proven below, not by a committed case. */
  const BY_LIMITS = ['outputs-valid:VERIFY_LINE_TOO_LONG', 'outputs-valid:VERIFY_FILE_TOO_LARGE', 'manifest-valid:VERIFY_FILE_TOO_LARGE', 'run-record-valid:VERIFY_FILE_TOO_LARGE'];

  it('every code of every rule is reported by some case (or by a limit test below)', () => {
    const reported = new Set([...RUN_CASES.flatMap((c) => c.findings), ...BY_LIMITS]);
    const declared = ALL_RUN_RULES.flatMap((rule) => rule.codes.map((code) => `${rule.name}:${code}`));
    expect(declared.filter((f) => !reported.has(f))).toEqual([]);
    expect([...reported].filter((f) => !declared.includes(f))).toEqual([]);
  });
});

describe('verify run, beyond the fixtures', () => {
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
  const S = 'bus/summaries/2024-05-14';

  it('a line over the limit is reported and skipped, never buffered whole', async () => {
    const repo = copy('summarizer');
    const data = join(repo, S, 'summaries.jsonl');
    writeFileSync(data, readFileSync(data, 'utf8') + 'x'.repeat(5000) + '\n');
    const r = await verify('summarizer', repo, { ...DEFAULT_LIMITS, maxLineBytes: 4096 });
    expect(findingsOf(r)).toContain('outputs-valid:VERIFY_LINE_TOO_LONG');
    expect(r.diagnostics.find((d) => d.code === 'VERIFY_LINE_TOO_LONG')).toMatchObject({ file: `${S}/summaries.jsonl`, line: 2 });
  });

  it('documents over the size limit are reported, not read: the run record, a manifest, a JSON output', async () => {
    expect(findingsOf(await verify('summarizer', join(FIXTURES, 'summarizer'), { ...DEFAULT_LIMITS, maxDocumentBytes: 10 }))).toEqual(['run-record-valid:VERIFY_FILE_TOO_LARGE']);
    const repo = copy('kb_digests');
    const record = readdirSync(join(repo, 'artifacts/run_records'))[0]!;
    const size = readFileSync(join(repo, 'artifacts/run_records', record)).length;
    // The manifest padded past the run record's size (still the same JSON); digests.json is larger already.
    const manifest = join(repo, 'bus/digests/2024-05-14/manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + ' '.repeat(size));
    const r = await verify('kb_digests', repo, { ...DEFAULT_LIMITS, maxDocumentBytes: size });
    expect(findingsOf(r)).toEqual(['manifest-valid:VERIFY_FILE_TOO_LARGE', 'outputs-valid:VERIFY_FILE_TOO_LARGE']);
  });

  it('after the first invalid lines of a file, the rest are counted in one diagnostic', async () => {
    const repo = copy('summarizer');
    writeFileSync(join(repo, S, 'summaries.jsonl'), '{}\n'.repeat(5));
    const r = await verify('summarizer', repo, { ...DEFAULT_LIMITS, maxReportedPerFile: 2 });
    const invalid = r.diagnostics.filter((d) => d.code === 'VERIFY_OUTPUT_INVALID');
    expect(new Set(invalid.filter((d) => d.line !== undefined).map((d) => d.line))).toEqual(new Set([1, 2]));
    expect(invalid.filter((d) => d.line === undefined).map((d) => d.message)).toEqual(['3 more invalid lines not listed (5 of 5 lines are invalid against summary.v1).']);
  });

  it('selects the run by id, or by the partition date it wrote', async () => {
    const repo = join(FIXTURES, 'summarizer');
    expect((await verify('summarizer', repo, DEFAULT_LIMITS, { run: '01JD4000000000000000000004' })).status).toBe('compliant');
    expect((await verify('summarizer', repo, DEFAULT_LIMITS, { date: '2024-05-14' })).status).toBe('compliant');
    const other = await verify('summarizer', repo, DEFAULT_LIMITS, { run: '01JD4000000000000000000009' });
    expect(findingsOf(other)).toEqual(['run-record-exists:VERIFY_RUN_RECORD_MISSING']);
    expect(other.diagnostics[0]?.message).toContain('Run records there: 01JD4000000000000000000004.');
    expect(findingsOf(await verify('summarizer', repo, DEFAULT_LIMITS, { date: '2024-05-15' }))).toEqual(['run-record-exists:VERIFY_RUN_RECORD_MISSING']);
  });
});
