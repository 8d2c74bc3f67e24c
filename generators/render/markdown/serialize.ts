import type { Heading, Nodes, Paragraph, Parents, Root, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
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
/**
 * Markdown copies of pages, read by machines: escaped exactly as the MDX pages
 * are (every MDX escape is a CommonMark escape, so the copy reads the same in
 * any Markdown reader, and line-initial `import`/`export` stay text for MDX
 * readers too), with tables as GFM tables without alignment padding (a third
 * smaller). Escaping as the page does lets the copy reuse the page's work.
 */
const COPY: Options = { ...STYLE, extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false })], unsafe: NO_ESM_LINES };
const GFM: Options = { ...STYLE, extensions: [gfmToMarkdown()] };

/**
 * MDX (for Docusaurus pages and partials): `{`, `<` and friends in text nodes
 * are escaped. Not memoised here: `renderPage` memoises the whole page.
 */
export function serializeMdx(tree: Root): string {
  return withNewline(toMarkdown(tree, withRunCaches(MDX, 'mdx')));
}

/** The Markdown copy of a page (see `COPY`). Not memoised here: `renderPage` memoises the whole page. */
export function serializeCopy(tree: Root): string {
  // The same escaping as MDX, so the same caches.
  return withNewline(toMarkdown(tree, withRunCaches(COPY, 'mdx')));
}

/** Plain GFM, for Markdown served as files. */
export function serializeGfm(tree: Root): string {
  return memoized('markdown-gfm', JSON.stringify(tree), () => withNewline(toMarkdown(tree, withRunCaches(GFM, 'gfm'))));
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : text + '\n';
}

/**
 * Two caches for the run (held by the run's memo, never saved), one set per
 * escaping profile: pages and their Markdown copies share the `mdx` one.
 *
 * - Escaping text is most of the cost of serialising, and the same short texts
 *   (labels, separators, type names, every phrase a page and its copy share) are
 *   escaped over and over in the same places. mdast-util-to-markdown's `safe`
 *   depends only on the text, the characters around it, its neighbours' types,
 *   the constructs it sits in and the escaping profile.
 * - A page's copy is built from the page's own nodes, sharing every paragraph
 *   and heading it does not change (see markdown-copy.ts), and such a node
 *   serialises the same in the same place: the copy takes the page's result.
 */
function withRunCaches(options: Options, profile: string): Options {
  const texts = scratchMap<string>(`markdown-escape:${profile}`);
  const blocks = scratchMap<WeakMap<Nodes, Map<string, string>>>(`markdown-blocks:${profile}`);
  if (texts === undefined || blocks === undefined) return options;
  const byNode = blocks.get('') ?? new WeakMap<Nodes, Map<string, string>>();
  blocks.set('', byNode);
  const text: Handle = (node: Text, parent, state, info) => {
    const siblings = parent?.children ?? [];
    const index = state.indexStack[state.indexStack.length - 1] ?? -1;
    const beforeNode = siblings[index - 1];
    const afterNode = siblings[index + 1];
    const key = `${info.before}\u0000${info.after}\u0000${beforeNode?.type ?? ''}\u0000${afterNode?.type ?? ''}\u0000${(info as { encode?: readonly string[] }).encode?.join('') ?? ''}\u0000${state.stack.join(' ')}\u0000${node.value}`;
    let out = texts.get(key);
    if (out === undefined) {
      // Exactly mdast-util-to-markdown's own text handler.
      out = state.safe(node.value, { ...info, beforeNode, afterNode });
      texts.set(key, out);
    }
    return out;
  };
  const block = (handle: Handle): Handle => (node: Paragraph | Heading, parent: Parents | undefined, state, info) => {
    // A task-list item's paragraph depends on its parent: not shared.
    if (parent?.type === 'listItem' && typeof parent.checked === 'boolean') return handle(node, parent, state, info);
    const key = `${info.before}\u0000${info.after}\u0000${state.stack.join(' ')}`;
    let seen = byNode.get(node);
    const known = seen?.get(key);
    if (known !== undefined) return known;
    const out = handle(node, parent, state, info);
    if (seen === undefined) {
      seen = new Map();
      byNode.set(node, seen);
    }
    seen.set(key, out);
    return out;
  };
  return {
    ...options,
    handlers: {
      ...options.handlers,
      text,
      paragraph: block(extensionHandler(options, 'paragraph') ?? defaultHandlers.paragraph),
      heading: block(extensionHandler(options, 'heading') ?? defaultHandlers.heading),
    },
  };
}

/** The handler an extension of `options` installs for `type` (the last one wins, as in mdast-util-to-markdown), if any. */
function extensionHandler(options: Options, type: string): Handle | undefined {
  let found: Handle | undefined;
  const visit = (o: Options): void => {
    for (const e of o.extensions ?? []) visit(e);
    const h = (o.handlers as Record<string, Handle> | undefined)?.[type];
    if (h !== undefined) found = h;
  };
  for (const e of options.extensions ?? []) visit(e);
  return found;
}
