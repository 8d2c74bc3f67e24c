import type { Root, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { memoized, scratchMap } from '../../cache/memo';

const STYLE = { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' } as const;

/** A line starting with `import`/`export` is an ES module statement in MDX: its first letter is escaped. */
const NO_ESM_LINES: NonNullable<Options['unsafe']> = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

// Built once: mdast-util-to-markdown caches compiled escape patterns on these
// objects, which halves the cost of serialising the next page.
const MDX: Options = { ...STYLE, extensions: [mdxToMarkdown(), gfmToMarkdown()], unsafe: NO_ESM_LINES };
const GFM: Options = { ...STYLE, extensions: [gfmToMarkdown()] };
/**
 * Markdown copies of pages, read by machines: GFM, tables without alignment
 * padding (a third smaller), and line-initial `import`/`export` escaped as in
 * MDX, so a copy fed to an MDX pipeline cannot grow ES module statements either.
 */
const COPY: Options = { ...STYLE, extensions: [gfmToMarkdown({ tablePipeAlign: false })], unsafe: NO_ESM_LINES };

/**
 * MDX (for Docusaurus pages and partials): `{`, `<` and friends in text nodes
 * are escaped. Not memoised here: `renderPage` memoises the whole page.
 */
export function serializeMdx(tree: Root): string {
  return withNewline(toMarkdown(tree, withEscapeCache(MDX, 'mdx')));
}

/** Plain GFM, for Markdown served as files. */
export function serializeGfm(tree: Root): string {
  return memoized('markdown-gfm', JSON.stringify(tree), () => withNewline(toMarkdown(tree, withEscapeCache(GFM, 'gfm'))));
}

/** The Markdown copy of a page (see `COPY`). Not memoised here: `renderPage` memoises the whole page. */
export function serializeCopy(tree: Root): string {
  return withNewline(toMarkdown(tree, withEscapeCache(COPY, 'copy')));
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/**
 * Escaping text is most of the cost of serialising a page, and the same short
 * texts (labels, separators, type names, every phrase a page and its Markdown
 * copy share) are escaped over and over in the same places. The result of
 * mdast-util-to-markdown's `safe` depends only on the text, the characters
 * around it, the types of its neighbours, the constructs it sits in and the
 * options (one cache per options object), so it is reused for the run (the
 * run's memo holds the cache; nothing is saved).
 */
function withEscapeCache(options: Options, name: string): Options {
  const cache = scratchMap<string>(`markdown-escape:${name}`);
  if (cache === undefined) return options;
  const text: Handle = (node: Text, parent, state, info) => {
    const siblings = parent?.children ?? [];
    const index = state.indexStack[state.indexStack.length - 1] ?? -1;
    const beforeNode = siblings[index - 1];
    const afterNode = siblings[index + 1];
    const key = `${info.before}\u0000${info.after}\u0000${beforeNode?.type ?? ''}\u0000${afterNode?.type ?? ''}\u0000${(info as { encode?: readonly string[] }).encode?.join('') ?? ''}\u0000${state.stack.join(' ')}\u0000${node.value}`;
    let out = cache.get(key);
    if (out === undefined) {
      // Exactly mdast-util-to-markdown's own text handler.
      out = state.safe(node.value, { ...info, beforeNode, afterNode });
      cache.set(key, out);
    }
    return out;
  };
  return { ...options, handlers: { ...options.handlers, text } };
}
