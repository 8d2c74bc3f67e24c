import { describe, expect, it } from 'vitest';
import { absoluteUrl, markdownCopyNodes, markdownCopyPath } from '../../generators/render/markdown/markdown-copy';
import { deferredCodeBlock, lazyMermaid, link, paragraph, text } from '../../generators/render/markdown/mdast';
import { markdownCopyUrl } from '../../src/markdown-copy/copy-url';

const PAGE = 'docs/contracts/event.v2.md';
const ROUTE = '/contracts/event.v2';

describe('a Markdown copy', () => {
  it('lives at the page URL plus .md, index.md for a URL ending in /', () => {
    expect(markdownCopyUrl('/contracts/event.v2')).toBe('/contracts/event.v2.md');
    expect(markdownCopyUrl('/contracts/')).toBe('/contracts/index.md');
    expect(markdownCopyUrl('/')).toBe('/index.md');
    expect(markdownCopyPath('/registry/')).toBe('static/registry/index.md');
  });

  it.each([
    ['../registry/summarizer.md', 'https://ops-manual.example.org/registry/summarizer'],
    ['./index.md#shared', 'https://ops-manual.example.org/contracts/#shared'],
    ['../index.md', 'https://ops-manual.example.org/'],
    ['pathname:///schemas/event.v2.schema.json', 'https://ops-manual.example.org/schemas/event.v2.schema.json'],
    ['/plugins/X/manifest.json', 'https://ops-manual.example.org/plugins/X/manifest.json'],
    ['#fields', 'https://ops-manual.example.org/contracts/event.v2#fields'],
    ['https://example.org/a', 'https://example.org/a'],
    ['mailto:ops@example.org', 'mailto:ops@example.org'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,x', undefined],
  ])('makes %s absolute to the site: %s', (url, want) => {
    expect(absoluteUrl(PAGE, ROUTE, url)).toBe(want);
  });

  it('turns a link with an unsafe scheme into its text', () => {
    expect(markdownCopyNodes(PAGE, ROUTE, [paragraph(text('see '), link('javascript:alert(1)', text('this')))])).toEqual([paragraph(text('see '), text('this'))]);
  });

  it('replaces MDX nodes by the Markdown they carry, drops ES modules, and refuses MDX without a Markdown form', () => {
    expect(markdownCopyNodes(PAGE, ROUTE, [{ type: 'mdxjsEsm', value: "import X from 'y';" }, deferredCodeBlock('json', '{}'), lazyMermaid('graph TD')])).toEqual([
      { type: 'code', lang: 'json', value: '{}' },
      { type: 'code', lang: 'mermaid', value: 'graph TD' },
    ]);
    expect(() => markdownCopyNodes(PAGE, ROUTE, [{ type: 'mdxJsxFlowElement', name: 'Widget', attributes: [], children: [] }])).toThrow(/<Widget> node has no Markdown form/);
  });
});
