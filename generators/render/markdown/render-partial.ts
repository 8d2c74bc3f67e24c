import type { RootContent } from 'mdast';
import { renderMdx, type RenderedFiles } from './render-page';

export interface Partial {
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/**
 * Serialises an MDX partial: a `_name.md` file under docs/ that Docusaurus does
 * not turn into a page but that a hand-written page can import and embed.
 * Like a page (MDX escaping, the notice as an MDX comment, tables as data) but
 * without front matter, which Docusaurus ignores in partials and warns about.
 */
export function renderPartial(path: string, partial: Partial): RenderedFiles {
  const [body, ...rest] = renderMdx(path, partial.notice, partial.children, true);
  return [[path, body], ...rest];
}
