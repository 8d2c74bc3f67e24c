import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LinkContext } from './adr-link-target';

/** What exists for links to point at, from whichever collections the caller holds. */
export function linkContext(known: {
  readonly adrFiles: Iterable<string>;
  readonly contracts: Iterable<string>;
  readonly members: Iterable<string>;
  readonly pages: Iterable<string>;
}): Omit<LinkContext, 'anchors'> {
  return { adrFiles: new Set(known.adrFiles), contracts: new Set(known.contracts), members: new Set(known.members), pages: new Set(known.pages) };
}

/**
 * The anchors of an ADR's page: its headings' slugs, computed as Docusaurus does
 * (the heading's text, image alt text included and raw HTML left out, through
 * github-slugger, made unique in document order).
 */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = node.children.filter((child) => child.type !== 'html');
      anchors.add(slugger.slug(toString(text.length > 0 ? text : node)));
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return anchors;
}
