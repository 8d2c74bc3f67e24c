import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../generators/validate/rules/decisions/adr-date-valid';
import { bundledSources, readerOf } from '../helpers/fixture-reader';
import { runPipeline } from '../../generators/index';
import { adrDiagnostics, adrText, SECTIONS } from './helpers';

const codes = async (overlay: Record<string, string>): Promise<string[]> => (await adrDiagnostics(overlay)).map((d) => `${d.file} ${d.code}`);
const base = { status: 'accepted', date: '2025-12-01' };

describe('decision rules', () => {
  it('the bundled ADRs raise no diagnostics', async () => {
    expect(await codes({})).toEqual([]);
  });

  it('the bundled ADRs include the required decisions and a superseded one', async () => {
    const result = await runPipeline(readerOf(bundledSources()));
    if (!result.ok) throw new Error('bundled sources have problems');
    const adrs = result.catalog.adrs;
    expect(adrs.map((a) => a.doc.id).slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(adrs.find((a) => a.doc.id === 2)?.doc.refines).toEqual([1]);
    expect(adrs.some((a) => a.doc.status === 'superseded')).toBe(true);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['headings match at any depth and in any case', { 'adr/0950-ok.md': adrText({ id: 950, title: 'Fine', ...base }, '\n# CONTEXT\n\nx\n\n### decision\n\ny\n\n#### Consequences\n\nz\n\n## alternatives   considered\n\nw\n') }, []],
    ['a heading inside a list item does not count as a section', { 'adr/0950-x.md': adrText({ id: 950, title: 'Nested', ...base }, SECTIONS.replace('## Consequences', '- nothing\n\n  ## Consequences')) }, ['adr/0950-x.md ADR_SECTION_MISSING']],
    ['a leap day of a leap year is a date', { 'adr/0950-x.md': adrText({ id: 950, title: 'Leap', status: 'accepted', date: '2024-02-29' }) }, []],
    ['a gap in the numbering is fine', { 'adr/0950-x.md': adrText({ id: 950, title: 'Gap', ...base }) }, []],
    [
      'a self-supersede is reported once, not also as a missing status',
      { 'adr/0950-x.md': adrText({ id: 950, title: 'Self', ...base, supersedes: [950] }) },
      ['adr/0950-x.md ADR_SELF_REFERENCE'],
    ],
    [
      'superseding an ADR without marking it is reported on the superseded ADR',
      { 'adr/0950-x.md': adrText({ id: 950, title: 'Replaces', ...base, supersedes: [4] }) },
      ['adr/0004-run-records-on-every-run.md ADR_STATUS_NOT_SUPERSEDED'],
    ],
    [
      'a two-ADR supersede cycle is reported on both',
      {
        'adr/0950-a.md': adrText({ id: 950, title: 'A', status: 'superseded', date: '2025-12-01', supersedes: [951] }),
        'adr/0951-b.md': adrText({ id: 951, title: 'B', status: 'superseded', date: '2025-12-01', supersedes: [950] }),
      },
      ['adr/0950-a.md ADR_SUPERSEDE_CYCLE', 'adr/0951-b.md ADR_SUPERSEDE_CYCLE'],
    ],
    [
      'refines may point at any existing ADR but not at a missing one',
      { 'adr/0950-x.md': adrText({ id: 950, title: 'Refines', ...base, refines: [1, 12345] }) },
      ['adr/0950-x.md ADR_REFERENCE_UNKNOWN'],
    ],
    [
      'a file name with underscores is not kebab case (capitals are, as MADR keeps them)',
      { 'adr/0950-snake_case.md': adrText({ id: 950, title: 'Snake', ...base }), 'adr/0951-Use-CC0.md': adrText({ id: 951, title: 'Caps', ...base }) },
      ['adr/0950-snake_case.md ADR_FILE_NAME_INVALID'],
    ],
  ])('%s', async (_name, overlay, want) => {
    expect(await codes(overlay)).toEqual(want);
  });

  it('an ADR that affects a new contract version needs a Migration section', async () => {
    const v1 = bundledSources()['schemas/contracts/event.v1.schema.json'] ?? '';
    const v2 = v1.replace(/event\.v1/g, 'event.v2');
    const overlay = {
      'schemas/contracts/event.v2.schema.json': v2,
      'adr/0950-event-v2.md': adrText({ id: 950, title: 'Event v2', ...base, affects: ['event.v2'] }),
    };
    const found = await adrDiagnostics(overlay);
    expect(found.map((d) => d.code)).toEqual(['ADR_SECTION_MISSING']);
    expect(found[0]?.message).toContain('event.v2');
    expect(found[0]?.line).toBe(8); // the first line after the closing ---
    const withMigration = { ...overlay, 'adr/0950-event-v2.md': adrText({ id: 950, title: 'Event v2', ...base, affects: ['event.v2'] }, `${SECTIONS}\n## Migration\n\nSteps.\n`) };
    expect(await adrDiagnostics(withMigration)).toEqual([]);
  });

  it('an ADR that affects only version 1 contracts needs no Migration section', async () => {
    expect(await codes({ 'adr/0950-x.md': adrText({ id: 950, title: 'V1', ...base, affects: ['event.v1', 'gpt_eventbus'] }) })).toEqual([]);
  });

  it('line numbers point into the front matter for front matter problems', async () => {
    const found = await adrDiagnostics({ 'adr/0950-x.md': adrText({ id: 950, title: 'Refines', ...base, refines: [1, 99] }) });
    expect(found.map((d) => [d.code, d.pointer, d.line])).toEqual([['ADR_REFERENCE_UNKNOWN', '/refines/1', 6]]);
  });

  it.each<[string, string | undefined]>([
    ['2024-02-29', undefined],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2000-02-29', undefined],
    ['2025-12-31', undefined],
    ['2025-06-31', 'June 2025 has 30 days'],
    ['2025-00-10', 'there is no month 00'],
    ['2025-01-00', 'January 2025 has 31 days'],
    ['25-01-01', 'it is not written as YYYY-MM-DD'],
  ])('calendar date %s', (date, problem) => {
    expect(calendarProblem(date)).toBe(problem);
  });
});
