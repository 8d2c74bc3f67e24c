import type { Nodes } from 'mdast';
import { remark } from 'remark';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LIMITS } from './source-limits';

/** CommonMark without extensions: linear in the text, unlike GFM's autolink literals. */
const CORE = remark().freeze();

/** The delimiter row under a GFM table's header: a table's rows are parsed cell by cell, so its length is harmless. */
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Paragraphs over the documented limit in a Markdown body, one diagnostic each.
 * GFM's autolink literals take time quadratic in a paragraph's length when it
 * holds an unclosed `[` (100 KB take seconds, in this gate and in the site's
 * build alike), so a longer paragraph is refused before any GFM parse.
 * `bodyLine` is the file's line on which the body starts.
 */
export function longParagraphs(path: string, body: string, bodyLine: number): Diagnostic[] {
  // Shorter bodies cannot hold a long paragraph: skip the parse.
  if (body.length <= SOURCE_LIMITS.paragraphChars) return [];
  const out: Diagnostic[] = [];
  const stack: Nodes[] = [CORE.parse(body)];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'paragraph') {
      const start = node.position?.start;
      const end = node.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) continue;
      const length = end.offset - start.offset;
      if (length <= SOURCE_LIMITS.paragraphChars) continue;
      const lines = body.slice(start.offset, end.offset).split('\n', 2);
      if (lines.length === 2 && TABLE_DELIMITER_ROW.test(lines[1] as string) && (lines[0] as string).includes('|')) continue;
      out.push({
        ...diagnostic(
          'SOURCE_PARAGRAPH_TOO_LONG',
          path,
          '',
          `This paragraph holds ${length} characters without a blank line, over the limit of ${SOURCE_LIMITS.paragraphChars}.`,
          'Break it into paragraphs with blank lines, or move the bulk (data, logs) into a linked file or a fenced code block.',
        ),
        line: start.line + bodyLine - 1,
        column: start.column,
      });
    } else if ('children' in node) {
      stack.push(...(node.children as Nodes[]));
    }
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
