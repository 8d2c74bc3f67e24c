import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { dataTablesPath, extractDataTables, routeOfLink, serializeDataTables } from '../../generators/render/markdown/data-tables';
import { code, link, paragraph, strong, table, text } from '../../generators/render/markdown/mdast';
import { renderPage } from '../../generators/render/markdown/render-page';
import { routeOfPage } from '../../generators/render/page-paths';

describe('routes of generated pages', () => {
  it.each([
    ['docs/contracts/event.v1.md', '/contracts/event.v1'],
    ['docs/contracts/index.md', '/contracts/'],
    ['docs/decisions/0003-x.md', '/decisions/0003-x'],
    ['docs/plugins/../registry/a.mdx', '/registry/a'],
    ['static/x.md', undefined],
    ['docs/contracts/x.json', undefined],
  ])('%s → %s', (path, route) => {
    expect(routeOfPage(path)).toBe(route);
  });

  it.each([
    ['../registry/summarizer.md', '/registry/summarizer'],
    ['./event.v2.md', '/contracts/event.v2'],
    ['./index.md#bus', '/contracts/#bus'],
    ['../plugins/lifecycle-events.md#premerge', '/plugins/lifecycle-events#premerge'],
    ['pathname:///schemas/event.v1.schema.json', 'pathname:///schemas/event.v1.schema.json'],
    ['https://example.org/a', 'https://example.org/a'],
    ['#fields', '#fields'],
    ['../../schemas/contracts/a.v1.schema.json', undefined],
    ['/absolute.md', undefined],
  ])('a link %s on a contract page → %s', (url, route) => {
    expect(routeOfLink('docs/contracts/event.v1.md', url)).toBe(route);
  });
});

describe('tables as data', () => {
  const hostile = "{props.x} <script>alert(1)</script> import x from 'y'";
  const fields = table(['Field', 'Type'], [[[code('id')], [text(hostile)]], [[link('../registry/a.md', code('a'))], [strong(text('b'))]]]);

  it('replaces each table by a DataTable element and keeps its cells as data', () => {
    const { children, tables, imports } = extractDataTables('docs/contracts/c.v1.md', [paragraph(text('before')), fields]);
    expect(children.map((c) => c.type)).toEqual(['paragraph', 'mdxJsxFlowElement']);
    expect(imports).toEqual([{ type: 'mdxjsEsm', value: "import DataTable from '@site/src/components/DataTable';\nimport dataTables from './_tables/c.v1.json';" }]);
    expect(tables).toEqual([
      {
        head: [['Field'], ['Type']],
        rows: [
          [[{ code: 'id' }], [hostile]],
          [[{ link: '/registry/a', children: [{ code: 'a' }] }], [{ strong: ['b'] }]],
        ],
      },
    ]);
  });

  it('leaves a table with content it cannot carry (an image, an unresolvable link) as Markdown', () => {
    const image: Table = { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'image', url: 'a.png', alt: 'a' }] }] }] };
    const outside = table(['Schema'], [[[link('../../schemas/a.json', text('a'))]]]);
    const { children, tables, imports } = extractDataTables('docs/decisions/0001-a.md', [image, outside]);
    expect(children).toEqual([image, outside]);
    expect(tables).toEqual([]);
    expect(imports).toEqual([]);
  });

  it('writes the tables module as JSON with one row per line, beside the page (and the Markdown copy under static/)', () => {
    const files = new Map(renderPage('docs/contracts/c.v1.md', { frontMatter: { title: 'c' }, notice: 'n', children: [fields, fields] }));
    expect([...files.keys()]).toEqual(['docs/contracts/c.v1.md', dataTablesPath('docs/contracts/c.v1.md'), 'static/contracts/c.v1.md']);
    expect(dataTablesPath('docs/contracts/c.v1.md')).toBe('docs/contracts/_tables/c.v1.json');
    const json = files.get('docs/contracts/_tables/c.v1.json') ?? '';
    expect(JSON.parse(json)).toMatchObject({ $comment: 'n' });
    expect((JSON.parse(json) as { tables: unknown[] }).tables).toHaveLength(2);
    expect(json.split('\n')).toHaveLength(1 + 2 * 4 + 2);
    expect(json.endsWith(']}\n')).toBe(true);
    const page = files.get('docs/contracts/c.v1.md') ?? '';
    expect(page).toContain('<DataTable table={dataTables.tables[0]} />');
    expect(page).toContain('<DataTable table={dataTables.tables[1]} />');
    expect(page).not.toContain('<script>');
  });

  it('writes no module for a page without tables', () => {
    expect(renderPage('docs/contracts/c.v1.md', { frontMatter: {}, notice: 'n', children: [paragraph(text('prose'))] }).map(([path]) => path)).toEqual([
      'docs/contracts/c.v1.md',
      'static/contracts/c.v1.md',
    ]);
  });

  it('serialises deterministically, keys sorted', () => {
    const a = serializeDataTables('Generated.', [{ rows: [[[{ link: '/x', children: ['x'] }]]], head: [['h']] }]);
    expect(a).toBe('{"$comment":"Generated.","tables":[\n{"head":[["h"]],"rows":[\n[[{"children":["x"],"link":"/x"}]]\n]}\n]}\n');
  });
});
