import type { RootContent } from 'mdast';
import { serializeMdx } from './serialize';
import { stringify } from 'yaml';
import { sortKeys } from '../../util/canonical-json';

export interface Page {
  /** Docusaurus front matter; values are serialised as YAML, never spliced as text. */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/**
 * Serialises a page built as an mdast tree. The MDX extension escapes `{`, `<`
 * and friends in text nodes, so source text renders literally in `.md` and `.mdx`.
 */
export function renderPage(page: Page): string {
  const frontMatter = stringify(sortKeys(page.frontMatter), { lineWidth: 0 });
  const body = serializeMdx({
    type: 'root',
    children: [
      // An MDX comment: invisible on the page, visible to anyone opening the file.
      { type: 'mdxFlowExpression', value: `/* ${page.notice.replace(/\*\//g, '* /')} */` },
      ...page.children,
    ],
  });
  return `---\n${frontMatter}---\n\n${body}`;
}
