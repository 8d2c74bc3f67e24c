import { describe, expect, it } from 'vitest';
import { convertRecords, type ConvertOptions } from '../../generators/import/convert-records';
import { detectFormat } from '../../generators/import/detect-format';
import type { ParsedRecord } from '../../generators/import/imported-record';
import { parseMadr } from '../../generators/import/parse-madr';
import { parseNygard } from '../../generators/import/parse-nygard';

const nygard = (name: string, text: string): ParsedRecord => parseNygard(`in/${name}`, name, text);
const madr = (name: string, text: string): ParsedRecord => parseMadr(`in/${name}`, name, text);
const convert = (records: readonly ParsedRecord[], options: Partial<ConvertOptions> = {}) => convertRecords(records, { existing: new Map(), ...options });
const codes = (records: readonly ParsedRecord[], options: Partial<ConvertOptions> = {}): string[] => convert(records, options).diagnostics.map((d) => `${d.file} ${d.code}${d.severity === 'warning' ? ' (warning)' : ''}`);

const SECTIONS = '\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n\n## Alternatives considered\n\nOthers.\n';
const adrTools = (n: number, title: string, status: string, date = '2016-02-12'): string => `# ${n}. ${title}\n\nDate: ${date}\n\n## Status\n\n${status}\n${SECTIONS}`;
const madrText = (front: string, title = 'Use X'): string => `---\n${front}\n---\n# ${title}\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* X\n\n## Decision Outcome\n\nX.\n\n### Consequences\n\n* Good.\n`;

describe('reading adr-tools records', () => {
  it('takes the title, date, status and links, and leaves the rest of the body as written', () => {
    const r = nygard('0004-use-avro.md', adrTools(4, 'Use Avro', 'Accepted\n\nSupersedes [2. Use JSON](0002-use-json.md)\n\nAmends [3. Partition by day](0003-partition.md)'));
    expect(r).toMatchObject({ number: 4, title: 'Use Avro', date: '2016-02-12', status: 'accepted', format: 'nygard' });
    expect(r.links.map((l) => [l.kind, l.target])).toEqual([['supersedes', 2], ['refines', 3]]);
    expect(r.body).toBe(SECTIONS.slice(1));
  });

  it('reads lines of one paragraph, "Superseded by" as the status, and keeps a Status section it cannot map', () => {
    const r = nygard('0002-use-json.md', adrTools(2, 'Use JSON', 'Superseded by [4. Use Avro](0004-use-avro.md)\nAmended by [5. Late events](0005-late.md)'));
    expect(r.status).toBe('superseded');
    expect(r.links.map((l) => [l.kind, l.target])).toEqual([['superseded-by', 4], ['refined-by', 5]]);
    const odd = nygard('0003-odd.md', adrTools(3, 'Odd', 'Accepted\n\nInspired by [1. Start](0001-start.md)'));
    expect(odd.diagnostics.map((d) => d.code)).toEqual(['IMPORT_STATUS_LINE_UNMAPPED']);
    expect(odd.body).toMatch(/^## Status\n\nAccepted\n\nInspired by/);
  });

  it('keeps the file name\'s number when the heading says another', () => {
    expect(nygard('0007-x.md', adrTools(8, 'X', 'Accepted')).diagnostics.map((d) => d.code)).toEqual(['IMPORT_NUMBER_DIFFERS']);
  });
});

describe('reading MADR records', () => {
  it('maps the status and keeps the RACI fields; fields of neither format are dropped with a warning', () => {
    const r = madr('0002-use-x.md', madrText('status: superseded by ADR-0003\ndate: 2024-01-02\ndecision-makers: [Ada]\nnav_order: 2'));
    expect(r).toMatchObject({ number: 2, title: 'Use X', status: 'superseded', date: '2024-01-02', kept: { 'decision-makers': ['Ada'] } });
    expect(r.links.map((l) => [l.kind, l.target])).toEqual([['superseded-by', 3]]);
    expect(r.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['IMPORT_FIELD_DROPPED', '/nav_order']]);
    expect(r.body).toMatch(/^## Context and Problem Statement/);
    expect(madr('0001-y.md', madrText('status: in review\ndate: 2024-01-02')).diagnostics.map((d) => d.code)).toEqual(['IMPORT_STATUS_UNMAPPED']);
  });

  it('drops the heading only when it is the title', () => {
    expect(madr('0001-y.md', madrText('title: Use X\nstatus: accepted\ndate: 2024-01-02')).body).toMatch(/^## Context and Problem Statement/);
    expect(madr('0001-y.md', madrText('title: Another title\nstatus: accepted\ndate: 2024-01-02')).body).toMatch(/^# Use X\n/);
  });

  it('refuses front matter the loader refuses', () => {
    expect(madr('0001-y.md', '---\nstatus: &a accepted\n---\n# Y\n').diagnostics.map((d) => d.code)).toEqual(['ADR_FRONT_MATTER_SYNTAX']);
  });

  it('tells the formats apart', () => {
    expect(detectFormat(madrText('status: accepted'))).toBe('madr');
    expect(detectFormat('# Use X\n\n## Context and Problem Statement\n\nWhy.\n')).toBe('madr');
    expect(detectFormat(adrTools(1, 'Record decisions', 'Accepted'))).toBe('nygard');
    expect(detectFormat('# Record decisions\n\n## Status\n\nAccepted\n')).toBe('nygard');
  });
});

describe('converting records', () => {
  const chain = [
    nygard('0001-start.md', adrTools(1, 'Start', 'Accepted\n\nAmended by [3. Amend](0003-amend.md)')),
    nygard('0002-old.md', adrTools(2, 'Old', 'Superseded by [4. New](0004-new.md)')),
    nygard('0003-amend.md', `${adrTools(3, 'Amend', 'Accepted\n\nAmends [1. Start](0001-start.md)')}\nSee [the start](0001-start.md#decision) and [new](./0004-new.md).\n`),
    nygard('0004-new.md', adrTools(4, 'New', 'Accepted\n\nSupersedes [2. Old](0002-old.md)')),
  ];

  it('numbers from --first, writes each relation once on the newer record, and re-points body links', () => {
    const { records, diagnostics } = convert(chain, { first: 12, existing: new Map([[1, 'adr/0001-a.md'], [11, 'adr/0011-k.md']]) });
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.to)).toEqual(['adr/0012-start.md', 'adr/0013-old.md', 'adr/0014-amend.md', 'adr/0015-new.md']);
    const text = (id: number): string => records.find((r) => r.id === id)?.text ?? '';
    expect(text(13)).toMatch(/^---\nid: 13\ntitle: Old\nstatus: superseded\ndate: 2016-02-12\n---\n\n## Context\n/);
    expect(text(14)).toContain('refines: [12]\n');
    expect(text(14)).toContain('See [the start](0012-start.md#decision) and [new](./0015-new.md).');
    expect(text(15)).toContain('supersedes: [13]\n');
    expect(text(12)).not.toContain('refines');
  });

  it('refuses numbers that are taken, zero or twice there, and writes nothing', () => {
    const taken = convert(chain, { existing: new Map([[2, 'adr/0002-b.md']]) });
    expect(taken.records).toEqual([]);
    expect(taken.diagnostics.map((d) => [d.code, d.hint])).toEqual([['IMPORT_NUMBER_TAKEN', 'Pass --first 3 to number the imported records from 3 on, after the manual\'s last ADR (links between them follow).']]);
    expect(codes([nygard('0000-zero.md', adrTools(0, 'Zero', 'Accepted'))])).toEqual(['in/0000-zero.md IMPORT_NUMBER_ZERO']);
    expect(codes([nygard('0001-a.md', adrTools(1, 'A', 'Accepted')), nygard('01-b.md', adrTools(1, 'B', 'Accepted'))])).toEqual(['in/01-b.md IMPORT_NUMBER_DUPLICATE']);
  });

  it('refuses links to records not imported, and records without a title or a date', () => {
    expect(codes([chain[3] as ParsedRecord])).toEqual(['in/0004-new.md IMPORT_LINK_UNRESOLVED']);
    expect(codes([madr('0001-x.md', '---\nstatus: accepted\ndate: 2024-01-02\n---\n\n## Context\n')])).toEqual(['in/0001-x.md IMPORT_TITLE_MISSING']);
    const undated = madr('0001-x.md', madrText('status: accepted'));
    expect(codes([undated])).toEqual(['in/0001-x.md IMPORT_DATE_MISSING']);
    expect(codes([undated], { date: '2024-02-30' })).toEqual(['in/0001-x.md IMPORT_DATE_INVALID']);
    expect(convert([undated], { date: '2024-02-03' }).records[0]?.text).toContain('date: 2024-02-03\n');
  });

  it('maps statuses that would not pass, and adds missing sections, each with a warning', () => {
    const lonely = nygard('0001-a.md', adrTools(1, 'A', 'Superseded'));
    const replaced = [nygard('0001-a.md', adrTools(1, 'A', 'Accepted')), nygard('0002-b.md', adrTools(2, 'B', 'Accepted\n\nSupersedes [1. A](0001-a.md)'))];
    expect(codes([lonely])).toEqual(['in/0001-a.md IMPORT_STATUS_MAPPED (warning)']);
    expect(convert([lonely]).records[0]?.text).toContain('status: deprecated\n');
    expect(convert(replaced).records[0]?.text).toContain('status: superseded\n');
    const bare = madr('0001-x.md', '# X\n\n## Context and Problem Statement\n\nWhy.\n');
    expect(codes([bare], { date: '2024-01-01' })).toEqual([
      'in/0001-x.md IMPORT_STATUS_MISSING (warning)',
      'in/0001-x.md IMPORT_SECTION_ADDED (warning)',
      'in/0001-x.md IMPORT_SECTION_ADDED (warning)',
      'in/0001-x.md IMPORT_SECTION_ADDED (warning)',
    ]);
    expect(convert([bare], { date: '2024-01-01' }).records[0]?.text).toMatch(/## Decision Outcome\n\n_Not recorded in the original record; added by the import._\n\n## Consequences\n/);
  });
});
