import { LAZY_MERMAID_IMPORT } from '../../generators/render/markdown/mdast';
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';

/** Parses a generated page as MDX, the way Docusaurus does, after its front matter. */
export function parseMdx(page: string): Root {
  const body = page.replace(/^---\n[\s\S]*?\n---\n/, '');
  return remark().use(remarkMdx).use(remarkGfm).parse(body);
}

/** MDX nodes that are code rather than text: ESM, JSX and expressions. The notice comment is the one expected expression. */
const LAZY_MERMAID_IMPORT_TEXT = (LAZY_MERMAID_IMPORT as { value: string }).value;

export function injectedNodes(page: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes, top: boolean, index: number): void => {
    const isNotice = top && index === 0 && node.type === 'mdxFlowExpression' && /^\/\*[\s\S]*\*\/$/.test(node.value);
    if (!isNotice && !isGeneratedDiagram(node) && /^mdx/.test(node.type)) found.push(`${node.type}: ${'value' in node ? String(node.value) : 'name' in node ? String(node.name) : ''}`);
    if (node.type === 'html') found.push(`html: ${node.value}`);
    if ('children' in node) node.children.forEach((child, i) => walk(child as Nodes, false, i));
  };
  parseMdx(page).children.forEach((child, i) => walk(child, true, i));
  return found;
}

/** The text a reader sees: every text, inline code and code value, in order. */
export function visibleText(page: string): string {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMdx(page));
  return out.join('');
}

/**
 * The one piece of MDX the generators write on purpose: the LazyMermaid import and
 * element, whose only attribute is a JSON string literal (data, never code).
 */
function isGeneratedDiagram(node: Nodes): boolean {
  if (node.type === 'mdxjsEsm') return node.value === LAZY_MERMAID_IMPORT_TEXT;
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'LazyMermaid' || node.children.length > 0) return false;
  const [attribute, ...rest] = node.attributes;
  if (rest.length > 0 || attribute?.type !== 'mdxJsxAttribute' || attribute.name !== 'value') return false;
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return false;
  try {
    return typeof JSON.parse(value.value) === 'string';
  } catch {
    return false;
  }
}
