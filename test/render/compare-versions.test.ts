import { describe, expect, it } from 'vitest';
import { bundledSources } from '../helpers/fixture-reader';
import { pageWithTables } from '../helpers/page-with-tables';
import { injectedNodes, visibleText } from '../contracts/mdx-safety';
import { pipelineOk, type Files } from '../registry/sources';

const section = (page: string): string => page.slice(page.indexOf('## Compare versions'), page.indexOf('## Decisions affecting'));

/** The bundled example plus event.v3 (v2 with `role` widened by `developer` and `text` limited), its ADR and its producer. */
function withEventV3(): Files {
  const files = bundledSources();
  const v3 = JSON.parse(files['schemas/contracts/event.v2.schema.json'] ?? '{}') as Record<string, any>;
  v3['$id'] = 'https://ops-manual.example.org/schemas/event.v3.schema.json';
  v3['title'] = 'event.v3';
  v3['properties']['schema_version']['const'] = 'event.v3';
  v3['properties']['role']['enum'] = [...v3['properties']['role']['enum'], 'developer'];
  v3['properties']['text']['maxLength'] = 100000;
  // An enum value written like MDX: it must reach the page as text.
  v3['properties']['source']['enum'] = [...v3['properties']['source']['enum'], '{x}<b>export</b>'];
  for (const example of v3['examples'] as Array<Record<string, unknown>>) example['schema_version'] = 'event.v3';
  const producer = JSON.parse(files['registry/projects/gpt_eventbus.json'] ?? '{}') as Record<string, any>;
  const v2Output = (producer['outputs'] as Array<Record<string, unknown>>).find((o) => o['contract'] === 'event.v2');
  producer['outputs'].push({ ...v2Output, contract: 'event.v3', path: String(v2Output?.['path']).replace('events.v2', 'events.v3') });
  const adr = [
    '---',
    'id: 12',
    'title: Developer messages on the event bus (event.v3)',
    'status: accepted',
    'date: 2026-11-30',
    'affects: [event.v3, gpt_eventbus]',
    'tags: [contracts, events]',
    '---',
    '',
    '## Context',
    '',
    'Developer messages appear in exports.',
    '',
    '## Decision',
    '',
    '`gpt_eventbus` writes `event.v3`.',
    '',
    '## Alternatives considered',
    '',
    'Mapping them to system loses the difference.',
    '',
    '## Consequences',
    '',
    'Readers learn the `developer` role.',
    '',
    '## Migration',
    '',
    'Readers accept the `developer` role.',
    '',
  ].join('\n');
  return {
    ...files,
    'schemas/contracts/event.v3.schema.json': JSON.stringify(v3, null, 2) + '\n',
    'registry/projects/gpt_eventbus.json': JSON.stringify(producer, null, 2) + '\n',
    'adr/0012-developer-messages-on-the-event-bus-event-v3.md': adr,
  };
}

describe('Compare versions on contract pages', () => {
  it('compares event.v1 → event.v2 on both pages of the bundled family, classified by the differ', async () => {
    const { planned } = await pipelineOk(bundledSources());
    for (const id of ['event.v1', 'event.v2']) {
      const compare = section(pageWithTables(planned, `docs/contracts/${id}.md`));
      expect(compare).toContain('### `event.v1` → `event.v2`');
      expect(compare).toMatch(/\| `tokens` +\| tokens is now required +\| \*\*breaking for writers\*\* +\|/);
      expect(compare).toMatch(/\| `source` +\| value "gemini_export" added +\| \*\*breaking for readers\*\* +\|/);
    }
    expect(planned.get('static/contracts/event.v1.md')).toContain('### `event.v1` → `event.v2`');
  });

  it('gives a family of one version no section', async () => {
    const { planned } = await pipelineOk(bundledSources());
    expect(planned.get('docs/contracts/summary.v1.md')).not.toContain('## Compare versions');
  });

  it('lists every pair of three versions, including the non-consecutive event.v1 → event.v3', async () => {
    const { planned } = await pipelineOk(withEventV3());
    const compare = section(pageWithTables(planned, 'docs/contracts/event.v2.md'));
    const headings = compare.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### `event.v1` → `event.v2`', '### `event.v1` → `event.v3`', '### `event.v2` → `event.v3`']);
    const v1v3 = compare.slice(compare.indexOf('### `event.v1` → `event.v3`'), compare.indexOf('### `event.v2` → `event.v3`'));
    // Changes of both steps, each classified once from v1 to v3.
    expect(v1v3).toMatch(/\| `tokens` +\| tokens is now required +\| \*\*breaking for writers\*\* +\|/);
    expect(v1v3).toMatch(/\| `role` +\| value "developer" added +\| \*\*breaking for readers\*\* +\|/);
    expect(v1v3).toMatch(/\| `text` +\| maxLength \(none\) → 100000 +\| \*\*breaking for writers\*\* +\|/);
    expect(v1v3).toMatch(/\| `schema_version` +\| value "event.v3" added +\|/);
    expect(v1v3).not.toContain('event.v2');
  });

  it('renders schema text literally on the page and in its Markdown copy', async () => {
    const { planned } = await pipelineOk(withEventV3());
    const page = planned.get('docs/contracts/event.v3.md') ?? '';
    expect(injectedNodes(page)).toEqual([]);
    expect(visibleText(page, { files: planned, path: 'docs/contracts/event.v3.md' })).toContain('value "{x}<b>export</b>" added');
    // The copy is GFM: its escapes keep `{` and `<` as text.
    expect(planned.get('static/contracts/event.v3.md')).toContain('| `source` | value "\\{x}\\<b>export\\</b>" added | **breaking for readers** |');
  });

  it('says when two versions differ in no structure', async () => {
    // schema_version names no version in either (v2 re-locked for the test), so v3 repeats v2's structure exactly.
    const files = withEventV3();
    const open = (id: string): Record<string, any> => JSON.parse(files[`schemas/contracts/${id}.schema.json`] ?? '{}') as Record<string, any>;
    const v2 = open('event.v2');
    const v3 = open('event.v3');
    const loose = { type: 'string', pattern: '^event\\.v[0-9]+$' };
    v2['properties']['schema_version'] = loose;
    v3['properties'] = structuredClone(v2['properties']);
    v3['required'] = v2['required'];
    const lock = JSON.parse(files['schemas/contracts.lock.json'] ?? '{}') as { contracts: Record<string, unknown> };
    delete lock.contracts['event.v2'];
    const { planned } = await pipelineOk({
      ...files,
      'schemas/contracts/event.v2.schema.json': JSON.stringify(v2, null, 2) + '\n',
      'schemas/contracts/event.v3.schema.json': JSON.stringify(v3, null, 2) + '\n',
      'schemas/contracts.lock.json': JSON.stringify(lock, null, 2) + '\n',
    });
    const compare = section(pageWithTables(planned, 'docs/contracts/event.v3.md'));
    expect(compare).toContain('### `event.v2` → `event.v3`\n\nNo structural changes.');
    expect(compare).toMatch(/### `event\.v1` → `event\.v3`\n\n\d+ changes/);
  });
});
