import type { PhrasingContent, Table } from 'mdast';
import type { Constraint, FieldRow } from '../../model/contract-fields';
import { code, joined, table, text } from '../markdown/mdast';
import { contractLink } from '../registry/links';
import { sourceText } from '../registry/source-prose';

/** The field table of a contract page: one row per nested path. */
export function fieldTable(page: string, rows: readonly FieldRow[]): Table {
  return table(
    ['Field', 'Type', 'Required', 'Constraints', 'Description'],
    rows.map((row) => [
      [code(row.path)],
      typeCell(page, row),
      [text(row.required === undefined ? '—' : row.required ? 'yes' : 'no')],
      row.constraints.length === 0 ? [] : joined(row.constraints.map((c) => [code(constraintText(c))])),
      row.description === undefined ? [] : sourceText(row.description),
    ]),
  );
}

function typeCell(page: string, row: FieldRow): PhrasingContent[] {
  const cell: PhrasingContent[] = [];
  if (row.recursiveOf !== undefined) return [text('recursive: the same as '), row.recursiveOf === '' ? text('the whole document') : code(row.recursiveOf), text(' above')];
  if (row.type !== '') cell.push(text(row.type));
  if (row.contract !== undefined) cell.push(contractLink(page, row.contract));
  return cell;
}

/** `pattern: ^evt_[0-9a-f]{16}$`, `enum: "a", "b"`, `uniqueItems`. Patterns and formats are shown raw, values as JSON. */
export function constraintText({ keyword, value }: Constraint): string {
  if (keyword === 'uniqueItems' && value === true) return 'uniqueItems';
  if ((keyword === 'pattern' || keyword === 'format') && typeof value === 'string') return `${keyword}: ${value}`;
  if (keyword === 'enum' && Array.isArray(value)) return `enum: ${value.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${keyword}: ${JSON.stringify(value)}`;
}
