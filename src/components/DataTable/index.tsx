import Link from '@docusaurus/Link';
import React, { type ReactNode } from 'react';
import type { Cell, DataTable as Table, Span } from '../../../generators/render/markdown/data-tables';

/**
 * A table of a generated page, from the JSON module beside it (see
 * generators/render/markdown/data-tables.ts for why). Renders the HTML a
 * Markdown table would: `<table>` with the site's table styles, `<code>`,
 * and links through Docusaurus's `<Link>`. Text goes in as React children, so
 * it is escaped, never parsed.
 */
export default function DataTable({ table }: { readonly table: Table }): ReactNode {
  const align = (i: number): React.CSSProperties | undefined => {
    const a = table.align?.[i];
    return a ? { textAlign: a } : undefined;
  };
  return (
    <table>
      <thead>
        <tr>
          {table.head.map((cell, i) => (
            <th key={i} style={align(i)}>
              {cellContent(cell)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} style={align(i)}>
                {cellContent(cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellContent(cell: Cell): ReactNode {
  return cell.map(span);
}

function span(s: Span, key: number): ReactNode {
  if (typeof s === 'string') return s;
  if ('code' in s) return <code key={key}>{s.code}</code>;
  if ('strong' in s) return <strong key={key}>{cellContent(s.strong)}</strong>;
  if ('emphasis' in s) return <em key={key}>{cellContent(s.emphasis)}</em>;
  if ('delete' in s) return <del key={key}>{cellContent(s.delete)}</del>;
  if ('link' in s) return <Link key={key} to={s.link}>{cellContent(s.children)}</Link>;
  return <br key={key} />;
}
