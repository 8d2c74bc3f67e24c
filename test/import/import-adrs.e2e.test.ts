import { copyFileSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/types/sources/import-report';
import { loadCatalog } from '../../generators/catalog';
import { diskReader } from '../../generators/load/source-reader';
import { createAjv } from '../../generators/validate/create-ajv';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/adr-import');
const MADR = join(FIXTURES, 'madr');
const NYGARD = join(FIXTURES, 'nygard');
const SAMPLE = '0000-use-markdown-architectural-decision-records.md';

/**
 * `npm run import -- adrs` end to end, in a copy of the repo: the fixtures of
 * both formats and MADR's own sample ADR convert, and `check` passes afterwards.
 */
describe('npm run import -- adrs', () => {
  let repo: { root: string; cleanup: () => void };
  const validate = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/import-report.schema.json'), 'utf8')));
  const importAdrs = (...args: string[]): { code: number | null; report: ImportReport } => {
    const r = runCli('import', ['adrs', ...args, '--root', repo.root, '--json'], REPO_ROOT);
    const report = JSON.parse(r.stdout) as ImportReport;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    return { code: r.status, report };
  };
  const check = (): { code: number | null; output: string } => {
    const r = runCli('check', ['--root', repo.root], REPO_ROOT);
    return { code: r.status, output: r.output };
  };
  const adrFiles = (): string[] => readdirSync(join(repo.root, 'adr')).sort();
  const catalog = () => {
    const loaded = loadCatalog(diskReader(repo.root));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return new Map(loaded.catalog.adrs.map((a) => [a.doc.id, a.doc]));
  };
  const page = (name: string): string => readFileSync(join(repo.root, 'docs/decisions', name), 'utf8');

  beforeAll(() => {
    repo = makeTempRepo();
  });
  afterAll(() => repo.cleanup());

  it('refuses a record without a date (MADR\'s sample has none) and writes nothing', () => {
    const before = adrFiles();
    const { code, report } = importAdrs(MADR, '--first', '12');
    expect(code).toBe(1);
    expect(report.diagnostics.filter((d) => d.severity !== 'warning').map((d) => [d.code, d.file.endsWith(SAMPLE)])).toEqual([['IMPORT_DATE_MISSING', true]]);
    expect(report).toMatchObject({ ok: false, records: [], gen: null });
    expect(adrFiles()).toEqual(before);
  });

  it('converts the MADR records and the MADR sample, keeping bodies, and check passes', () => {
    const { code, report } = importAdrs(MADR, '--first', '12', '--date', '2024-09-17');
    expect(code, report.summary).toBe(0);
    expect(report.records.map((r) => [r.to, r.format])).toEqual([
      ['adr/0012-use-markdown-architectural-decision-records.md', 'madr'],
      ['adr/0013-use-postgresql-for-run-records.md', 'madr'],
      ['adr/0014-use-sqlite-for-local-runs.md', 'madr'],
      ['adr/0015-use-duckdb-for-local-runs.md', 'madr'],
    ]);
    expect(report.skipped.map((s) => s.slice(s.lastIndexOf('/') + 1))).toEqual(['README.md', 'adr-template.md']);
    // What the sample lacks, and its documentation-site fields, are reported, not lost silently.
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['IMPORT_FIELD_DROPPED', 'IMPORT_FIELD_DROPPED', 'IMPORT_SECTION_ADDED', 'IMPORT_STATUS_MISSING']);
    const sample = readFileSync(join(MADR, SAMPLE), 'utf8');
    const imported = readFileSync(join(repo.root, 'adr/0012-use-markdown-architectural-decision-records.md'), 'utf8');
    expect(imported).toContain(sample.slice(sample.indexOf('## Context and Problem Statement')));
    expect(imported.startsWith('---\nid: 12\ntitle: Use Markdown Architectural Decision Records\nstatus: accepted\ndate: 2024-09-17\n---\n')).toBe(true);

    const r = check();
    expect(r.code, r.output).toBe(0);
    const adrs = catalog();
    expect(adrs.get(14)?.status).toBe('superseded');
    expect(adrs.get(15)?.supersedes).toEqual([14]);
    expect(adrs.get(13)).toMatchObject({ 'decision-makers': ['Ada Lovelace', 'Grace Hopper'], consulted: 'Platform team', informed: ['Every member team'] });
    expect(page('0013-use-postgresql-for-run-records.md')).toContain('**Decision-makers:** Ada Lovelace, Grace Hopper');
    expect(page('0014-use-sqlite-for-local-runs.md')).toContain('This decision is superseded.');
    expect(readFileSync(join(repo.root, 'adr/0015-use-duckdb-for-local-runs.md'), 'utf8')).toContain('[the SQLite decision](./0014-use-sqlite-for-local-runs.md#decision-outcome)');
  });

  it('refuses adr-tools records whose numbers are taken, naming the next free number', () => {
    const before = adrFiles();
    const { code, report } = importAdrs(NYGARD);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toEqual(Array(5).fill('IMPORT_NUMBER_TAKEN'));
    expect(report.diagnostics.find((d) => d.code === 'IMPORT_NUMBER_TAKEN')?.hint).toContain('--first 16');
    expect(adrFiles()).toEqual(before);
  });

  it('converts the adr-tools records with their supersede chain and amendment, and check passes', () => {
    const { code, report } = importAdrs(NYGARD, '--first', '16', '--format', 'nygard');
    expect(code, report.summary).toBe(0);
    expect(report.records.map((r) => r.id)).toEqual([16, 17, 18, 19, 20]);
    expect(report.diagnostics.map((d) => d.code)).toEqual(Array(5).fill('IMPORT_SECTION_ADDED'));
    const r = check();
    expect(r.code, r.output).toBe(0);
    const adrs = catalog();
    expect(adrs.get(17)?.status).toBe('superseded');
    expect(adrs.get(19)?.supersedes).toEqual([17]);
    expect(adrs.get(20)?.refines).toEqual([18]);
    expect(page('0018-partition-events-by-day.md')).toMatch(/\*\*Refined by:\*\* \[/);
    expect(readFileSync(join(repo.root, 'adr/0020-partition-late-events-by-arrival-day.md'), 'utf8')).toContain('[the Avro files](0019-use-avro-for-events.md)');
  });

  it('a MADR record placed directly in adr/ passes check and its page shows decision-makers; a misspelt key is refused', () => {
    const placed = join(repo.root, 'adr/0030-use-postgresql-for-run-records.md');
    copyFileSync(join(MADR, '0001-use-postgresql-for-run-records.md'), placed);
    expect(runCli('gen', ['--root', repo.root], REPO_ROOT).status).toBe(0);
    const r = check();
    expect(r.code, r.output).toBe(0);
    const shown = page('0030-use-postgresql-for-run-records.md');
    expect(shown).toContain('title: "ADR 0030: Use PostgreSQL for run records"');
    expect(shown).toContain('**Decision-makers:** Ada Lovelace, Grace Hopper');
    expect(shown).toContain('**Informed:** Every member team');

    writeFileSync(placed, readFileSync(placed, 'utf8').replace('decision-makers:', 'decision-maker:'));
    try {
      const typo = check();
      expect(typo.code).toBe(1);
      expect(typo.output).toContain('adr/0030-use-postgresql-for-run-records.md#/decision-maker (line 4:1) ADR_FRONT_MATTER_INVALID: Unknown field "decision-maker".');
      expect(typo.output).toContain('Did you mean "decision-makers"?');
    } finally {
      unlinkSync(placed);
    }
  });
});
