import { visit } from 'jsonc-parser';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic';
import { lineStarts, positionAt } from './source-file';
import { SOURCE_LIMITS } from './source-limits';

/**
 * What `JSON.parse` silently accepts but a source must not hold: a key twice in
 * one object (the last would win and be published), nesting deeper than the
 * limit (later recursive steps would overflow the stack), a string longer than
 * the text limit. Depth is measured first, without recursion, so a hostile
 * nesting never reaches a recursive parser.
 */
export function jsonStructureProblems(path: string, text: string): Diagnostic[] {
  const tooDeep = depthProblem(path, text);
  if (tooDeep !== undefined) return [tooDeep];
  const problems: Diagnostic[] = [];
  const starts = lineStarts(text);
  const keys: Array<Map<string, number>> = [];
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Map()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty(name, offset, _length, _line, _column, pathSupplier) {
        const seen = keys[keys.length - 1];
        if (seen === undefined) return;
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, offset);
          return;
        }
        const a = positionAt(starts, first);
        const b = positionAt(starts, offset);
        problems.push({
          ...diagnostic('SOURCE_DUPLICATE_KEY', path, pointerOf(...pathSupplier(), name), `The key "${name}" appears twice in one object: at line ${a.line}:${a.column} and at line ${b.line}:${b.column}.`, 'Keep one of them; JSON readers disagree on which one wins.'),
          ...b,
        });
      },
      onLiteralValue(value, offset, _length, _line, _column, pathSupplier) {
        if (typeof value === 'string' && value.length > SOURCE_LIMITS.textChars) {
          problems.push({
            ...diagnostic('SOURCE_TEXT_TOO_LONG', path, pointerOf(...pathSupplier()), `This text holds ${value.length} characters, over the limit of ${SOURCE_LIMITS.textChars} for one value.`, 'Shorten it: link to a longer document instead of holding it in the source.'),
            ...positionAt(starts, offset),
          });
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problems;
}

function depthProblem(path: string, text: string): Diagnostic | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > SOURCE_LIMITS.depth) {
        return { ...diagnostic('SOURCE_TOO_DEEP', path, '', `Arrays and objects nest more than ${SOURCE_LIMITS.depth} levels deep here.`, `Flatten the structure; no source needs more than ${SOURCE_LIMITS.depth} levels.`), ...positionAt(lineStarts(text), i) };
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
