import { describe, expect, it } from 'vitest';
import { renderPage } from '../../generators/render/markdown/render-page';
import { sourceParagraphs, sourceText } from '../../generators/render/registry/source-prose';
import { injectedNodes, visibleText } from '../contracts/mdx-safety';

const page = (value: string): string => renderPage('docs/x.md', { frontMatter: {}, notice: 'n', children: sourceParagraphs(value) })[0]![1];

describe('source text', () => {
  it('turns backticked spans into inline code and leaves the rest text', () => {
    expect(sourceText('always `event.v1`; a `lone backtick')).toEqual([
      { type: 'text', value: 'always ' },
      { type: 'inlineCode', value: 'event.v1' },
      { type: 'text', value: '; a `lone backtick' },
    ]);
  });

  it('splits paragraphs at blank lines only', () => {
    expect(sourceParagraphs('one\nline\n\n\ntwo\n \nthree').map((p) => p.children.map((c) => ('value' in c ? c.value : '')).join(''))).toEqual(['one\nline', 'two', 'three']);
  });

  it.each([
    "import x from 'y'",
    'export const a = 1',
    "export default function () {}\n\nimport z from 'q'",
    '`import x from "y"` then <T> and {x}',
    '<details>open</details> {danger} </div>',
  ])('keeps %j as text', (value) => {
    const rendered = page(value);
    expect(injectedNodes(rendered)).toEqual([]);
    // Paragraphs come back without the blank line between them, so whitespace is not compared.
    expect(visibleText(rendered).replace(/\s+/g, '')).toBe(value.replace(/`/g, '').replace(/\s+/g, ''));
  });
});
