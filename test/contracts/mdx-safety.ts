import { DATA_TABLE_IMPORT, type Cell, type Span } from '../../generators/render/markdown/data-tables';
import { DEFERRED_CODE_IMPORT, DEFERRED_CODE_LANGUAGES, LAZY_MERMAID_IMPORT } from '../../generators/render/markdown/mdast';
import { tablesOf } from '../helpers/page-with-tables';
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
    if (!isNotice && !isGeneratedDiagram(node) && !isGeneratedTable(node) && !isDeferredCode(node) && /^mdx/.test(node.type)) found.push(`${node.type}: ${'value' in node ? String(node.value) : 'name' in node ? String(node.name) : ''}`);
    if (node.type === 'html') found.push(`html: ${node.value}`);
    if ('children' in node) node.children.forEach((child, i) => walk(child as Nodes, false, i));
  };
  parseMdx(page).children.forEach((child, i) => walk(child, true, i));
  return found;
}

/**
 * The text a reader sees: every text, inline code and code value, in order;
 * given the planned files and the page's path, the text of its data tables too.
 */
export function visibleText(page: string, tablesOfPage?: { files: ReadonlyMap<string, string>; path: string }): string {
  const tables = tablesOfPage === undefined ? [] : tablesOf(tablesOfPage.files, tablesOfPage.path);
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    const deferred = deferredCode(node);
    if (deferred !== undefined) out.push(deferred);
    const index = tableIndex(node);
    const table = index === undefined ? undefined : tables[index];
    if (table !== undefined) for (const row of [table.head, ...table.rows]) out.push(row.map(cellText).join(' '), ' ');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMdx(page));
  return out.join('');
}

function cellText(cell: Cell): string {
  const span = (s: Span): string =>
    typeof s === 'string' ? s : 'code' in s ? s.code : 'strong' in s ? cellText(s.strong) : 'emphasis' in s ? cellText(s.emphasis) : 'delete' in s ? cellText(s.delete) : 'link' in s ? cellText(s.children) : ' ';
  return cell.map(span).join('');
}

/**
 * The other MDX the generators write on purpose: the DataTable import with the
 * page's tables module, and `<DataTable table={dataTables.tables[n]} />`: an index
 * into data, never code.
 */
function isGeneratedTable(node: Nodes): boolean {
  const prefix = `${DATA_TABLE_IMPORT}\n`;
  if (node.type === 'mdxjsEsm') return node.value.startsWith(prefix) && /^import dataTables from '\.\/_tables\/[A-Za-z0-9._-]+\.json';$/.test(node.value.slice(prefix.length));
  return tableIndex(node) !== undefined;
}

function tableIndex(node: Nodes): number | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'DataTable' || node.children.length > 0) return undefined;
  const [attribute, ...rest] = node.attributes;
  if (rest.length > 0 || attribute?.type !== 'mdxJsxAttribute' || attribute.name !== 'table') return undefined;
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  const match = /^dataTables\.tables\[(\d+)\]$/.exec(value.value);
  return match === null ? undefined : Number(match[1]);
}

/**
 * A code block highlighted in the browser: the DeferredCodeBlock import, and the
 * element with a fixed language and the code as a JSON string literal.
 */
function isDeferredCode(node: Nodes): boolean {
  if (node.type === 'mdxjsEsm') return node.value === (DEFERRED_CODE_IMPORT as { value: string }).value;
  return deferredCode(node) !== undefined;
}

function deferredCode(node: Nodes): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'DeferredCodeBlock' || node.children.length > 0) return undefined;
  const [language, value, ...rest] = node.attributes;
  if (rest.length > 0 || language?.type !== 'mdxJsxAttribute' || language.name !== 'language' || !(DEFERRED_CODE_LANGUAGES as readonly unknown[]).includes(language.value)) return undefined;
  if (value?.type !== 'mdxJsxAttribute' || value.name !== 'value' || value.value === null || value.value === undefined || typeof value.value === 'string') return undefined;
  try {
    const code: unknown = JSON.parse(value.value.value);
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
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
