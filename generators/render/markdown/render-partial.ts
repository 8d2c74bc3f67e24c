import type { RootContent } from 'mdast';
import { serializeMdx } from './serialize';

export interface Partial {
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/**
 * Serialises an MDX partial: a `_name.md` file under docs/ that Docusaurus does
 * not turn into a page but that a hand-written page can import and embed.
 * Like a page (MDX escaping, the notice as an MDX comment) but without front
 * matter, which Docusaurus ignores in partials and warns about.
 */
export function renderPartial(partial: Partial): string {
  return serializeMdx({ type: 'root', children: [{ type: 'mdxFlowExpression', value: `/* ${partial.notice.replace(/\*\//g, '* /')} */` }, ...partial.children] });
}
