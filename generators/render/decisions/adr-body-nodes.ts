import { posix } from 'node:path';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseAdrBody } from '../../model/adr-body';
import { SOURCE_LAYOUT } from '../../load/source-layout';
import { pagePath, relativeLink } from '../page-paths';

/**
 * The ADR body as page nodes, "as written" but safe to append to an MDX page:
 * - parsed as Markdown (never MDX), so the serialiser escapes `{`, `<` and `import` in prose;
 * - raw HTML becomes literal text: in MDX it would be JSX, with expressions that run;
 *   HTML comments, invisible in any Markdown rendering, are left out;
 * - headings shift so the shallowest is `##`, under the page's own `#` title;
 * - relative links written from `adr/` are re-pointed at the pages they mean;
 * - a paragraph starting with the word `import` or `export` is kept from becoming ESM.
 */
export function adrBodyNodes(adrFile: string, body: string): RootContent[] {
  const tree = parseAdrBody(body);
  const shift = Math.max(0, 2 - minHeadingDepth(tree));
  const page = pagePath.adr(adrFile);
  const walk = (node: Nodes): void => {
    delete node.position;
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') node.url = rewriteUrl(adrFile, page, node.url);
    if ('children' in node) {
      const flow = FLOW_PARENTS.has(node.type);
      node.children = (node.children as Nodes[])
        .filter((child) => !(child.type === 'html' && HTML_COMMENT.test(child.value)))
        .map((child) => (child.type === 'html' ? htmlAsText(child.value, flow) : child)) as typeof node.children;
      for (const child of node.children as Nodes[]) walk(child);
    }
  };
  walk(tree);
  return tree.children.map(keepFromEsm);
}

/**
 * In MDX a top-level paragraph whose first line starts with `import` or `export`
 * is parsed as an ES module statement, and the serialiser does not escape it. The
 * first letter goes in as a string-literal expression (`{"e"}xport …`), which
 * renders the same text and is never code from the source.
 */
function keepFromEsm(node: RootContent): RootContent {
  if (node.type !== 'paragraph') return node;
  const [first, ...rest] = node.children;
  if (first?.type !== 'text' || !/^(?:import|export)\b/.test(first.value)) return node;
  return {
    ...node,
    children: [
      { type: 'mdxTextExpression', value: JSON.stringify(first.value.charAt(0)), data: { markdown: [{ type: 'text', value: first.value.charAt(0) }] } } as RootContent as PhrasingContent,
      { type: 'text', value: first.value.slice(1) },
      ...rest,
    ],
  };
}

const HTML_COMMENT = /^<!--[\s\S]*?-->\s*$/;

/** Containers whose children are blocks: raw HTML there becomes a paragraph, elsewhere inline text. */
const FLOW_PARENTS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function htmlAsText(value: string, flow: boolean): Nodes {
  return flow ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'text', value };
}

function minHeadingDepth(tree: Root): number {
  let min = 6;
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') min = Math.min(min, node.depth);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return min;
}

/**
 * A relative link in an ADR is written from `adr/<file>.md`; the page lives in
 * docs/decisions/. Links to other ADRs, rule pages, contract schemas and member
 * manifests are re-pointed at their pages; anything else is left for the site's
 * link check to judge.
 */
export function rewriteUrl(adrFile: string, page: string, url: string): string {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) return url;
  const hashAt = url.search(/[?#]/);
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const suffix = hashAt === -1 ? '' : url.slice(hashAt);
  const target = posix.normalize(posix.join(posix.dirname(adrFile), decodeURIComponent(path)));
  const mapped = targetPage(target);
  return mapped === undefined ? url : relativeLink(page, mapped) + suffix;
}

function targetPage(target: string): string | undefined {
  const adr = new RegExp(`^${SOURCE_LAYOUT.adrDir}/([^/]+\\.md)$`).exec(target);
  if (adr !== null) return pagePath.adr(adr[1] as string);
  if (target.startsWith('docs/')) return target;
  const contract = new RegExp(`^${SOURCE_LAYOUT.contractsDir}/([^/]+)\\.schema\\.json$`).exec(target);
  if (contract !== null) return pagePath.contract(contract[1] as string);
  const member = new RegExp(`^${SOURCE_LAYOUT.projectsDir}/([^/]+)\\.json$`).exec(target);
  if (member !== null) return pagePath.member(member[1] as string);
  return undefined;
}
