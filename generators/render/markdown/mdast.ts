import type {
  BlockContent,
  Code,
  Heading,
  InlineCode,
  Link,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast';

/**
 * Small builders for mdast nodes. Text from sources only ever enters a page as
 * a `text`, `inlineCode` or `code` node, so the serialiser escapes it.
 */
export const text = (value: string): Text => ({ type: 'text', value });
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value });
export const strong = (...children: PhrasingContent[]): Strong => ({ type: 'strong', children });
export const link = (url: string, ...children: PhrasingContent[]): Link => ({ type: 'link', url, children });
export const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const codeBlock = (lang: string, value: string): Code => ({ type: 'code', lang, value });

export function list(items: ReadonlyArray<readonly PhrasingContent[] | BlockContent[]>, ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: isBlocks(item) ? item : [paragraph(...item)],
    })),
  };
}

function isBlocks(item: readonly PhrasingContent[] | BlockContent[]): item is BlockContent[] {
  const first = item[0];
  return first !== undefined && (first.type === 'paragraph' || first.type === 'list' || first.type === 'code');
}

/** A GFM table; each cell is a list of phrasing nodes. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<readonly PhrasingContent[]>>): Table {
  const cell = (children: readonly PhrasingContent[]): TableCell => ({ type: 'tableCell', children: [...children] });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [
      { type: 'tableRow', children: header.map((h) => cell([text(h)])) },
      ...rows.map((row) => ({ type: 'tableRow' as const, children: row.map(cell) })),
    ],
  };
}

/** Joins phrasing groups with a separator, e.g. a comma-separated list of links. */
export function joined(groups: ReadonlyArray<readonly PhrasingContent[]>, separator = ', '): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  groups.forEach((g, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...g);
  });
  return out;
}

export type { PhrasingContent, RootContent };

declare module 'mdast' {
  interface Data {
    /**
     * What an MDX node (a component, an expression) is in plain Markdown: the
     * page's Markdown copy puts these nodes in its place. Every MDX node a
     * generator writes carries one, except ES module statements, which a copy drops.
     */
    markdown?: RootContent[];
  }
}

/** Marks an MDX node with the Markdown that stands for it in the page's Markdown copy. */
export function withMarkdown<T extends RootContent>(node: T, markdown: RootContent[]): T {
  return { ...node, data: { ...node.data, markdown } };
}

/**
 * Text MDX must not read as syntax (a line-initial `import`, the `:` of an
 * autolink) as a string-literal expression: the page shows the same text, and
 * the Markdown copy, where the text is harmless, gets it back as text.
 */
export function literalExpression(value: string): PhrasingContent {
  return withMarkdown({ type: 'mdxTextExpression', value: JSON.stringify(value) } as PhrasingContent, [{ type: 'text', value }]) as PhrasingContent;
}

/**
 * A Mermaid diagram through `src/components/LazyMermaid` (see there why not a
 * ```mermaid fence). The diagram goes in as a JSON string literal, so no source
 * text becomes JSX or code. The page needs `LAZY_MERMAID_IMPORT` once.
 */
export function lazyMermaid(diagram: string): RootContent {
  return withMarkdown(
    {
      type: 'mdxJsxFlowElement',
      name: 'LazyMermaid',
      attributes: [{ type: 'mdxJsxAttribute', name: 'value', value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(diagram) } }],
      children: [],
    },
    [codeBlock('mermaid', diagram)],
  );
}

export const LAZY_MERMAID_IMPORT: RootContent = { type: 'mdxjsEsm', value: "import LazyMermaid from '@site/src/components/LazyMermaid';" };

/**
 * A code block whose syntax highlighting happens in the browser, through
 * `src/components/DeferredCodeBlock`: the static HTML carries the code as plain
 * `<pre><code>` text (readable without JavaScript, indexed by search), and the
 * highlighted block replaces it after hydration. Prism's tokens for every
 * example and type made up a large share of the time to pre-render contract
 * pages. The code goes in as a JSON string literal, like a diagram above. The
 * page needs `DEFERRED_CODE_IMPORT` once.
 */
export const DEFERRED_CODE_LANGUAGES = ['json', 'ts'] as const;

export function deferredCodeBlock(language: (typeof DEFERRED_CODE_LANGUAGES)[number], value: string): RootContent {
  return withMarkdown(
    {
      type: 'mdxJsxFlowElement',
      name: 'DeferredCodeBlock',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'language', value: language },
        { type: 'mdxJsxAttribute', name: 'value', value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) } },
      ],
      children: [],
    },
    [codeBlock(language, value)],
  );
}

export const DEFERRED_CODE_IMPORT: RootContent = { type: 'mdxjsEsm', value: "import DeferredCodeBlock from '@site/src/components/DeferredCodeBlock';" };
