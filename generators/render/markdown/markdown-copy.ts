import { posix } from 'node:path';
import type { Nodes, Parents, RootContent } from 'mdast';
import { markdownCopyUrl } from '../../../src/markdown-copy/copy-url';
import { SITE_URL } from '../../model/contract-id';
import { routeOfPage } from '../page-paths';
import { serializeCopy } from './serialize';

/** Where a page's Markdown copy is written: under static/, at the page's URL plus `.md`. */
export function markdownCopyPath(route: string): string {
  return `static${markdownCopyUrl(route)}`;
}

/**
 * The Markdown copy of a page, from the same tree as the page: ES module
 * statements dropped, every MDX node replaced by the Markdown it carries
 * (`data.markdown`: a code block for highlighted code, the table a component
 * renders), tables left as GFM tables, and every link absolute to the site.
 * Text stays in text nodes, so the serialiser escapes it as on the page.
 */
export function renderMarkdownCopy(page: string, route: string, notice: string, children: readonly RootContent[]): readonly [path: string, content: string] {
  // `--` cannot occur inside an HTML comment.
  const comment: RootContent = { type: 'html', value: `<!-- ${notice.replace(/--/g, '- -')} -->` };
  return [markdownCopyPath(route), serializeCopy({ type: 'root', children: [comment, ...markdownCopyNodes(page, route, children)] })];
}

/** The nodes of a page as they appear in its Markdown copy (see `renderMarkdownCopy`); `page` is the file links are written from. */
export function markdownCopyNodes(page: string, route: string, nodes: readonly RootContent[]): RootContent[] {
  const flow = (list: readonly Nodes[], parent: Parents['type']): Nodes[] =>
    list.flatMap((node): Nodes[] => {
      if (node.type === 'mdxjsEsm') return [];
      const markdown = node.data?.markdown;
      if (markdown !== undefined) return flow(markdown, parent);
      if (node.type.startsWith('mdx')) {
        throw new Error(`${page}: a ${node.type}${'name' in node && node.name ? ` <${node.name}>` : ''} node has no Markdown form (data.markdown) for the page's Markdown copy`);
      }
      if (node.type === 'html') {
        const literal: Nodes = { type: 'text', value: node.value };
        return [FLOW_PARENTS.has(parent) ? { type: 'paragraph', children: [literal as Extract<Nodes, { type: 'text' }>] } : literal];
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const url = absoluteUrl(page, route, node.url);
        if (url === undefined) return node.type === 'link' ? flow(node.children, parent) : node.type === 'image' ? [{ type: 'text', value: node.alt ?? '' }] : [];
        if (node.type === 'link') return [{ ...node, url, children: flow(node.children, node.type) as typeof node.children }];
        return [{ ...node, url }];
      }
      if ('children' in node) {
        const children = flow(node.children as Nodes[], node.type);
        // Unchanged nodes stay the page's own objects: the serialiser reuses its work on them.
        const same = children.length === node.children.length && children.every((c, i) => c === node.children[i]);
        return [same ? node : ({ ...node, children } as Nodes)];
      }
      return [node];
    });
  return flow(nodes, 'root') as RootContent[];
}

const FLOW_PARENTS = new Set<string>(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Schemes a copy may link to; anything else (`javascript:`, `data:`) becomes plain text. */
const SAFE_SCHEMES = /^(?:https?|mailto):/i;

/**
 * A link of a page as an absolute URL of the site: a relative `.md` link becomes
 * the URL of that page, `pathname://` (a static file) and `/…` paths are put
 * under the site's URL, same-page anchors under the page's URL, and anything
 * else relative is resolved against the page's URL. Undefined for schemes a copy
 * must not carry.
 */
export function absoluteUrl(page: string, route: string, url: string): string | undefined {
  const pageUrl = SITE_URL + route;
  if (url.startsWith('pathname://')) return SITE_URL + '/' + url.slice('pathname://'.length).replace(/^\/+/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return SAFE_SCHEMES.test(url) ? url : undefined;
  if (url.startsWith('#')) return pageUrl + url;
  const hashAt = url.search(/[?#]/);
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const suffix = hashAt === -1 ? '' : url.slice(hashAt);
  if (/\.mdx?$/.test(path) && !path.startsWith('/')) {
    const target = routeOfPage(posix.join(posix.dirname(page), path));
    if (target !== undefined) return SITE_URL + target + suffix;
  }
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return undefined;
  }
}
