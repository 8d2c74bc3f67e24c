import type { Heading, Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/**
 * Records are parsed with remark and edited by the offsets of their nodes, so
 * what is not converted stays byte for byte as written.
 */
const PARSER = remark().use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  return PARSER.parse(text) as Root;
}

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** The text with each edit applied (edits must not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return out;
}

/** The removal of a top-level node, with the blank lines after it. */
export function removal(text: string, node: Nodes, until?: number): Edit {
  const start = node.position?.start.offset ?? 0;
  let end = until ?? node.position?.end.offset ?? start;
  while (end < text.length && text[end] === '\n') end += 1;
  return { start, end, insert: '' };
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The first top-level `#` heading, as MADR and adr-tools title a record. */
export function titleHeading(tree: Root): Heading | undefined {
  return tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
}

/** A top-level section: its heading and the offset where the next heading of the same or a higher level starts. */
export function sectionOf(tree: Root, text: string, name: string): { heading: Heading; nodes: RootContent[]; end: number } | undefined {
  const at = tree.children.findIndex((n) => n.type === 'heading' && n.depth > 1 && plainText(n).trim().toLowerCase() === name);
  const heading = tree.children[at] as Heading | undefined;
  if (heading === undefined) return undefined;
  const rest = tree.children.slice(at + 1);
  const next = rest.findIndex((n) => n.type === 'heading' && n.depth <= heading.depth);
  const nodes = next === -1 ? rest : rest.slice(0, next);
  const end = next === -1 ? text.length : (rest[next]?.position?.start.offset ?? text.length);
  return { heading, nodes, end };
}

/** A paragraph's lines (adr-tools writes one status or link per line), each as its inline nodes. */
export function paragraphLines(paragraph: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]?.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ type: 'text', value: part });
    });
  }
  return lines.filter((l) => l.length > 0);
}

/** Every link and definition of the tree, for rewriting the URLs that name other records. */
export function linksOf(tree: Root): Array<Link | Extract<Nodes, { type: 'definition' }>> {
  const out: Array<Link | Extract<Nodes, { type: 'definition' }>> = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'definition') out.push(node);
    if ('children' in node) for (const c of node.children as Nodes[]) walk(c);
  };
  walk(tree);
  return out;
}

/** The edit replacing a link's URL inside its own source text (`[text](url)` or `[label]: url`). */
export function urlEdit(text: string, node: Link | Extract<Nodes, { type: 'definition' }>, url: string): Edit | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const source = text.slice(start, end);
  // The URL is written last in the node's source: after `](` in a link, after `]:` in a definition.
  const at = source.lastIndexOf(node.url);
  if (at === -1) return undefined;
  return { start: start + at, end: start + at + node.url.length, insert: url };
}
