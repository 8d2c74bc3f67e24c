import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { memoized } from '../../cache/memo';

const STYLE = { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' } as const;

// Built once: mdast-util-to-markdown caches compiled escape patterns on these
// objects, which halves the cost of serialising the next page.
const MDX: Options = {
  ...STYLE,
  extensions: [mdxToMarkdown(), gfmToMarkdown()],
  // A line starting with `import`/`export` is an ES module statement in MDX: escape its first letter.
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};
const GFM: Options = { ...STYLE, extensions: [gfmToMarkdown()] };

/**
 * MDX (for Docusaurus pages and partials): `{`, `<` and friends in text nodes
 * are escaped. Not memoised here: `renderMdx` memoises the whole page.
 */
export function serializeMdx(tree: Root): string {
  return withNewline(toMarkdown(tree, MDX));
}

/** Plain GFM, for Markdown served as files. */
export function serializeGfm(tree: Root): string {
  return memoized('markdown-gfm', JSON.stringify(tree), () => withNewline(toMarkdown(tree, GFM)));
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}
