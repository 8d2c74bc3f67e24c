import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { memoized } from '../cache/memo';

/**
 * A hand-written page's body parsed as Docusaurus compiles it: MDX with GFM
 * (the site's `markdown.format` is MDX for `.md` files too). Throws the parser's
 * message, with its place, on a syntax error; validation reports it.
 */
export function parsePageBody(body: string): Root {
  // A copy: callers reshape the tree and the parse is shared.
  return structuredClone(memoized('page-body', body, () => parser().parse(body)));
}

let frozen: Processor<Root> | undefined;

/** Built on the first parse: a run whose pages all come from the memo never loads the MDX parser (acorn and all). */
function parser(): Processor<Root> {
  if (frozen === undefined) {
    const { remark } = require('remark') as typeof import('remark');
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    frozen = remark().use(remarkMdx).use(remarkGfm).freeze() as unknown as Processor<Root>;
  }
  return frozen;
}
