import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { memoized } from '../cache/memo';

/**
 * A hand-written page's body parsed as Docusaurus compiles it: MDX with GFM
 * (the site's `markdown.format` is MDX for `.md` files too). Throws the parser's
 * message, with its place, on a syntax error; validation reports it.
 */
export function parsePageBody(body: string): Root {
  // A copy: callers reshape the tree and the parse is shared.
  return structuredClone(memoized('page-body', body, () => PARSER.parse(body)));
}

const PARSER = remark().use(remarkMdx).use(remarkGfm).freeze();
