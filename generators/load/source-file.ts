import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diagnostic, parsePointer, type Diagnostic } from '../diagnostics/diagnostic';
import { jsonStructureProblems } from './json-structure';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A source file as read from disk, able to map a JSON pointer back to line:column. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  locate(pointer: string): Position | undefined;
}

export interface JsonSource extends SourceFile {
  /** The parsed value; `undefined` when the file could not be parsed. */
  readonly value: unknown;
}

/** `structureProblems` is the check of what JSON.parse accepts but a source must not hold (the loader passes a memoised one). */
export function parseJsonSource(path: string, text: string, structureProblems: (path: string, text: string) => readonly Diagnostic[] = jsonStructureProblems): { source: JsonSource; diagnostics: Diagnostic[] } {
  // Most files are valid: JSON.parse is fast, and the position tree is built only
  // when a diagnostic needs a line and column.
  let value: unknown;
  let diagnostics: Diagnostic[] = [];
  try {
    value = JSON.parse(text);
    diagnostics = [...structureProblems(path, text)];
    // An ambiguous document is not handed on: which of two duplicate keys is "the" value is exactly the question.
    if (diagnostics.length > 0) value = undefined;
  } catch (e) {
    diagnostics = syntaxDiagnostics(path, text);
    if (diagnostics.length === 0) {
      // jsonc-parser accepts a few things JSON.parse does not (e.g. lone surrogates).
      diagnostics.push(diagnostic('SOURCE_JSON_SYNTAX', path, '', `JSON syntax error: ${(e as Error).message}.`, 'Make the file strict JSON.'));
    }
  }
  let located: { tree: Node | undefined; lines: number[] } | undefined;
  const source: JsonSource = {
    path,
    text,
    value,
    locate: (pointer) => {
      located ??= { tree: parseTree(text, [], PARSE_OPTIONS), lines: lineStarts(text) };
      if (located.tree === undefined) return undefined;
      const node = nodeAtPointer(located.tree, pointer);
      return node === undefined ? undefined : positionAt(located.lines, node.offset);
    },
  };
  return { source, diagnostics };
}

const PARSE_OPTIONS = { allowTrailingComma: false, disallowComments: true } as const;

function syntaxDiagnostics(path: string, text: string): Diagnostic[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, PARSE_OPTIONS);
  const lines = lineStarts(text);
  return errors.map((e) => {
    const found: Diagnostic = {
      ...diagnostic(
        'SOURCE_JSON_SYNTAX',
        path,
        '',
        `JSON syntax error: ${describeParseError(printParseErrorCode(e.error))}.`,
        'Fix the JSON at that line and column (a missing comma, quote or bracket is the usual cause).',
      ),
      ...positionAt(lines, e.offset),
    };
    return found;
  });
}

/** A non-JSON source (Markdown) whose pointers resolve through a caller-supplied locator. */
export function textSource(path: string, text: string, locate: (pointer: string) => Position | undefined): SourceFile {
  return { path, text, locate };
}

/** The deepest node on the pointer's path: a property's key when the pointer names a property. */
function nodeAtPointer(root: Node, pointer: string): Node | undefined {
  let node: Node = root;
  for (const segment of parsePointer(pointer)) {
    const next =
      node.type === 'object'
        ? node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1]
        : node.type === 'array'
          ? node.children?.[Number(segment)]
          : undefined;
    // A pointer past what exists (a missing required field) lands on the deepest node that does.
    if (next === undefined) break;
    node = next;
  }
  // Point at `"key": value` rather than at the value, which is where editors put the cursor.
  return node.parent?.type === 'property' ? node.parent : node;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
