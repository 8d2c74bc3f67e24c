import { posix } from 'node:path';
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { sortKeys } from '../../util/canonical-json';
import { routeOfPage } from '../page-paths';

/**
 * A table of a generated page as data, rendered by `src/components/DataTable`.
 *
 * Why not a Markdown table: every cell of a GFM table becomes several MDX nodes
 * and then a JSX call in the page's module, so field and index tables made the
 * generated pages cost the bundler two to three times what plain prose of the
 * same size costs. As an imported JSON module the same table is parsed natively
 * and renders to the same HTML (same text, same links, same search index).
 */
export interface DataTable {
  /** Column alignment, only when some column is aligned. */
  readonly align?: ReadonlyArray<'left' | 'right' | 'center' | null>;
  readonly head: readonly Cell[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

export type Cell = readonly Span[];

/** Inline content of a cell. Text stays text: React escapes it, so nothing from a source becomes markup. */
export type Span =
  | string
  | { readonly code: string }
  | { readonly strong: Cell }
  | { readonly emphasis: Cell }
  | { readonly delete: Cell }
  | { readonly link: string; readonly children: Cell }
  | { readonly break: true };

export const DATA_TABLE_IMPORT = "import DataTable from '@site/src/components/DataTable';";
const TABLES_BINDING = 'dataTables';

/** The JSON module holding a page's tables: `docs/a/b.md` → `docs/a/_tables/b.json` (Docusaurus ignores `_` folders). */
export function dataTablesPath(page: string): string {
  return posix.join(posix.dirname(page), '_tables', `${posix.basename(page).replace(/\.mdx?$/, '')}.json`);
}

/**
 * Replaces every table of a page whose cells hold only text, code, emphasis and
 * links by a `<DataTable>` element and collects the tables, in order. Anything
 * else (an image in an ADR's table, say) keeps its Markdown table.
 */
export function extractDataTables(
  page: string,
  children: readonly RootContent[],
): { readonly children: RootContent[]; readonly tables: DataTable[]; readonly imports: RootContent[] } {
  const tables: DataTable[] = [];
  const visit = (nodes: readonly RootContent[]): RootContent[] =>
    nodes.map((node) => {
      if (node.type === 'table') {
        const data = tableData(page, node);
        if (data === undefined) return node;
        tables.push(data);
        return element(tables.length - 1);
      }
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
        return { ...node, children: visit(node.children as RootContent[]) } as RootContent;
      }
      return node;
    });
  const out = visit(children);
  const imports: RootContent[] =
    tables.length === 0
      ? []
      : [{ type: 'mdxjsEsm', value: `${DATA_TABLE_IMPORT}\nimport ${TABLES_BINDING} from './_tables/${posix.basename(dataTablesPath(page))}';` }];
  return { children: out, tables, imports };
}

/**
 * The tables module: the generated-file notice as `$comment`, then the tables,
 * one row per line so a changed row is a one-line diff; keys sorted, LF, one
 * trailing newline.
 */
export function serializeDataTables(notice: string, tables: readonly DataTable[]): string {
  const one = (value: unknown): string => JSON.stringify(sortKeys(value));
  const table = (t: DataTable): string => {
    const { rows, ...rest } = t;
    const head = one(rest).slice(0, -1);
    return `${head},"rows":[\n${rows.map(one).join(',\n')}\n]}`;
  };
  return `{"$comment":${JSON.stringify(notice)},"tables":[\n${tables.map(table).join(',\n')}\n]}\n`;
}

function element(index: number): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name: 'DataTable',
    attributes: [{ type: 'mdxJsxAttribute', name: 'table', value: { type: 'mdxJsxAttributeValueExpression', value: `${TABLES_BINDING}.tables[${index}]` } }],
    children: [],
  };
}

function tableData(page: string, table: Table): DataTable | undefined {
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => spans(page, cell.children)));
  if (head === undefined || head.some((c) => c === undefined) || rows.some((r) => r.some((c) => c === undefined))) return undefined;
  const align = table.align ?? [];
  return { ...(align.some((a) => a !== null) ? { align } : {}), head: head as Cell[], rows: rows as Cell[][] };
}

function spans(page: string, nodes: readonly PhrasingContent[]): Cell | undefined {
  const out: Span[] = [];
  for (const node of nodes) {
    const span = spanOf(page, node);
    if (span === undefined) return undefined;
    out.push(span);
  }
  return out;
}

function spanOf(page: string, node: PhrasingContent): Span | undefined {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return { code: node.value };
    case 'break':
      return { break: true };
    case 'strong':
    case 'emphasis':
    case 'delete': {
      const inner = spans(page, node.children);
      return inner === undefined ? undefined : ({ [node.type]: inner } as Span);
    }
    case 'link': {
      const inner = spans(page, node.children);
      const to = routeOfLink(page, node.url);
      return inner === undefined || to === undefined ? undefined : { link: to, children: inner };
    }
    default:
      return undefined;
  }
}

/**
 * Where a link of a page points once rendered by a component rather than by
 * Docusaurus's Markdown link resolver: a relative `.md` link becomes the route
 * of that page (checked by the build's broken-link check); URLs with a scheme
 * (`https:`, `pathname:`) and same-page anchors are kept. Anything else is left
 * to Markdown (undefined).
 */
export function routeOfLink(page: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return url;
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  if (!/\.mdx?$/.test(path) || path.startsWith('/')) return undefined;
  const route = routeOfPage(posix.join(posix.dirname(page), path));
  return route === undefined ? undefined : route + (hash === -1 ? '' : url.slice(hash));
}
