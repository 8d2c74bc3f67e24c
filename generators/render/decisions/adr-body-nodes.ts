import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseAdrBody, sectionName } from '../../model/adr-body';
import { headingAnchors, linkContext } from '../../model/adr-link-context';
import { adrLinkTarget, type LinkContext } from '../../model/adr-link-target';
import type { Catalog } from '../../model/catalog';
import { literalExpression } from '../markdown/mdast';
import { pagePath, relativeLink } from '../page-paths';

/**
 * The ADR body as page nodes, "as written" but safe to append to an MDX page:
 * - parsed as Markdown (never MDX), so the serialiser escapes `{`, `<` and `import` in prose;
 * - raw HTML becomes literal text: in MDX it would be JSX, with expressions that run;
 *   HTML comments, invisible in any Markdown rendering, are left out;
 * - headings shift so the shallowest is `##`, under the page's own `#` title;
 * - relative links written from `adr/` are re-pointed at the pages they mean, unsafe ones dropped;
 * - a paragraph starting with the word `import` or `export` is kept from becoming ESM;
 * - a first `#` heading that repeats the title (MADR and Nygard records start so) is left out: the page has it.
 */
export function adrBodyNodes(adrFile: string, body: string, links: Omit<LinkContext, 'anchors'>, title?: string): RootContent[] {
  const tree = parseAdrBody(body);
  const first = tree.children[0];
  if (title !== undefined && first?.type === 'heading' && first.depth === 1 && sectionName(first) === title.trim().replace(/\s+/g, ' ').toLowerCase()) tree.children.shift();
  const context: LinkContext = { ...links, anchors: headingAnchors(tree) };
  const shift = Math.max(0, 2 - minHeadingDepth(tree));
  const page = pagePath.adr(adrFile);
  const walk = (node: Nodes): void => {
    delete node.position;
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') node.url = rewriteUrl(adrFile, page, node.url, context) ?? '';
    if ('children' in node) {
      const flow = FLOW_PARENTS.has(node.type);
      node.children = (node.children as Nodes[])
        .filter((child) => !(child.type === 'html' && HTML_COMMENT.test(child.value)))
        .flatMap((child) => dropUnsafe(child, adrFile, page, context))
        .flatMap((child) => (child.type === 'html' ? htmlAsText(child.value, flow) : [child])) as typeof node.children;
      for (const child of node.children as Nodes[]) walk(child);
    }
  };
  walk(tree);
  // Line-initial `import`/`export` is escaped by the serialiser (see serialize.ts), wherever it occurs.
  return tree.children;
}

const HTML_COMMENT = /^<!--[\s\S]*?-->\s*$/;

/** An unsafe link keeps its text and loses its URL; an unsafe image keeps its alt text. */
function dropUnsafe(node: Nodes, adrFile: string, page: string, context: LinkContext): Nodes[] {
  if ((node.type === 'link' || node.type === 'image') && rewriteUrl(adrFile, page, node.url, context) === undefined) {
    return node.type === 'link' ? (node.children as Nodes[]) : node.alt ? [{ type: 'text', value: node.alt }] : [];
  }
  if (node.type === 'definition' && rewriteUrl(adrFile, page, node.url, context) === undefined) return [];
  return [node];
}

/** Containers whose children are blocks: raw HTML there becomes a paragraph, elsewhere inline text. */
const FLOW_PARENTS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function htmlAsText(value: string, flow: boolean): Nodes[] {
  const children = withoutAutolinks(value);
  return flow ? [{ type: 'paragraph', children }] : children;
}

/**
 * Raw HTML kept as text still holds URLs (`<a href="https://…">`). In the MDX
 * page, GFM would turn `https://…">Vercel</a>` into an autolink that is not a
 * URL at all, and the build fails; so the character that makes an autolink
 * literal (`:` of `://`, `.` of `www.`, `@` of an address) goes in as a
 * string-literal expression, which renders the same text and links nothing.
 */
export function withoutAutolinks(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(/(?<=[a-z])(:)(?=\/\/)|(?<=\bwww)(\.)|(?<=[\w.+-])(@)(?=\w)/gi)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    out.push(literalExpression(m[0]));
    last = at + m[0].length;
  }
  if (last < value.length || out.length === 0) out.push({ type: 'text', value: value.slice(last) });
  return out;
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
 * Where a link of an ADR body goes on its page: links to other ADRs, contract
 * schemas, member manifests and hand-written pages are re-pointed at their pages;
 * external links and anchors stay; an unsafe link (`javascript:`) is undefined,
 * and is dropped. (A broken link never gets here: validation reports it.)
 */
export function rewriteUrl(adrFile: string, page: string, url: string, context: LinkContext): string | undefined {
  const target = adrLinkTarget(adrFile, url, context);
  if (target.kind === 'unsafe') return undefined;
  if (target.kind !== 'page') return url;
  const t = target.target;
  const to = 'adr' in t ? pagePath.adr(t.adr) : 'contract' in t ? pagePath.contract(t.contract) : 'member' in t ? pagePath.member(t.member) : t.page;
  return relativeLink(page, to) + target.suffix;
}

/** What ADR links may point at in this catalog. */
export function catalogLinkContext(catalog: Catalog): Omit<LinkContext, 'anchors'> {
  return linkContext({ adrFiles: catalog.adrs.map((a) => a.file), contracts: catalog.contracts.map((c) => c.id), members: catalog.members.map((m) => m.name), pages: catalog.pages.map((p) => p.file) });
}
