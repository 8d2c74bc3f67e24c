import type { Cell, DataTable, Span } from '../../generators/render/markdown/data-tables';
import { dataTablesPath } from '../../generators/render/markdown/data-tables';

/**
 * A generated page as a reader sees it: each `<DataTable table={dataTables.tables[i]} />`
 * replaced by that table from the page's JSON module, written as a GFM table
 * (`| a | b |`, links as `[text](route)`), so tests can assert on rows.
 */
export function pageWithTables(files: ReadonlyMap<string, string>, path: string): string {
  const page = files.get(path);
  if (page === undefined) throw new Error(`no planned page ${path}`);
  const tables = tablesOf(files, path);
  return page.replace(/<DataTable table=\{dataTables\.tables\[(\d+)\]\} \/>/g, (_, i: string) => {
    const table = tables[Number(i)];
    if (table === undefined) throw new Error(`${path} uses table ${i}, which ${dataTablesPath(path)} does not have`);
    return tableText(table);
  });
}

/** The tables of a planned page, from its tables module (none when it has no module). */
export function tablesOf(files: ReadonlyMap<string, string>, path: string): DataTable[] {
  const json = files.get(dataTablesPath(path));
  return json === undefined ? [] : (JSON.parse(json) as { tables: DataTable[] }).tables;
}

function tableText(table: DataTable): string {
  const row = (cells: readonly Cell[]): string => `| ${cells.map(cellText).join(' | ')} |`;
  return [row(table.head), `| ${table.head.map(() => '-').join(' | ')} |`, ...table.rows.map(row)].join('\n');
}

function cellText(cell: Cell): string {
  return cell.map(spanText).join('');
}

function spanText(s: Span): string {
  if (typeof s === 'string') return s;
  if ('code' in s) return `\`${s.code}\``;
  if ('strong' in s) return `**${cellText(s.strong)}**`;
  if ('emphasis' in s) return `_${cellText(s.emphasis)}_`;
  if ('delete' in s) return `~~${cellText(s.delete)}~~`;
  if ('link' in s) return `[${cellText(s.children)}](${s.link})`;
  return '<br />';
}
