import { applyEdits, modify, type JSONPath } from 'jsonc-parser';

/**
 * `text` with the value at `path` set (or removed, for undefined), everything
 * else byte for byte: scaffolds edit hand-written JSON without reformatting it.
 */
export function withJsonValue(text: string, path: JSONPath, value: unknown): string {
  const edits = modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(text, edits);
}

/** `text` with `value` appended to the array at `path`, everything else byte for byte. */
export function withJsonAppended(text: string, path: JSONPath, length: number, value: unknown): string {
  const edits = modify(text, [...path, length], value, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(text, edits);
}
