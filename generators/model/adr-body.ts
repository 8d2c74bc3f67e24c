import type { Heading, Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { memoized } from '../cache/memo';

/**
 * An ADR body parsed as people write it: CommonMark plus GFM, never MDX, so
 * `{`, `<` and `import` in prose stay text. Validation reads its headings and
 * the renderer appends its nodes to the page tree.
 */
export function parseAdrBody(body: string): Root {
  // A copy: callers reshape the tree (heading depths, links) and the parse is shared.
  return structuredClone(memoized('adr-body', body, () => PARSER.parse(body)));
}

const PARSER = remark().use(remarkGfm).freeze();

/** The plain text of a node, e.g. a heading's name with its emphasis and code unwrapped. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A heading's name as sections are matched: trimmed, spaces collapsed, lower case. */
export function sectionName(heading: Heading): string {
  return plainText(heading).trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface BodyHeading {
  readonly name: string;
  readonly depth: number;
  /** 1-based line inside the body. */
  readonly line: number;
}

/** The body's section headings: top-level only (a heading inside a list or quote starts no section), any depth. */
export function bodyHeadings(tree: Root): BodyHeading[] {
  return tree.children.flatMap((node) => (node.type === 'heading' ? [{ name: sectionName(node), depth: node.depth, line: node.position?.start.line ?? 1 }] : []));
}
