import matter from 'gray-matter';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { diagnostic, parsePointer, type Diagnostic } from '../diagnostics/diagnostic';
import { fromMadr } from './madr-front-matter';
import { lineStarts, positionAt, textSource, type Position, type SourceFile } from './source-file';

export interface AdrSource {
  readonly file: SourceFile;
  /** The parsed front matter; `undefined` when it could not be read. */
  readonly frontMatter: unknown;
  /** Markdown after the front matter, as written. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
  /** A MADR record's `status: superseded by ADR-NNNN`: the id of the ADR that replaces it. */
  readonly supersededBy?: number;
}

class FrontMatterError extends Error {}

/**
 * gray-matter evaluates `---js` front matter with eval, and `engines: { js: false }`
 * does not stop it, so both JavaScript engines are replaced by ones that refuse.
 */
const refuse = (): never => {
  throw new FrontMatterError('front matter must be YAML; JavaScript front matter (---js) is never run');
};

export function parseAdrSource(path: string, text: string): { source: AdrSource; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let doc: Document | undefined;
  let frontMatter: unknown;
  let body = text;
  let matterText = '';
  try {
    // An options object on every call: without one gray-matter shares a cached result between identical texts.
    const parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (input: string) => {
          doc = parseDocument(input, { uniqueKeys: true, prettyErrors: false, merge: false });
          return readYaml(doc);
        },
        js: refuse,
        javascript: refuse,
      },
    } as never);
    frontMatter = parsed.data;
    body = parsed.content;
    matterText = parsed.matter;
    if (!text.startsWith('---')) {
      diagnostics.push(
        diagnostic('ADR_FRONT_MATTER_MISSING', path, '', 'The ADR has no YAML front matter.', 'Start the file with a `---` block holding status and date (and id and title, unless the file name gives the number and a `#` heading the title, as in MADR).'),
      );
      frontMatter = undefined;
    }
  } catch (e) {
    // Whatever gray-matter or yaml throws here is about this file's text.
    const code = e instanceof YamlError ? e.code : 'ADR_FRONT_MATTER_SYNTAX';
    diagnostics.push(
      diagnostic(code, path, '', `Front matter cannot be read: ${(e as Error).message}.`, code === 'ADR_FRONT_MATTER_TAG' ? 'Remove the tag (the `!…` before the value); front matter holds plain data only.' : 'Write plain YAML between the `---` lines, without anchors or aliases.'),
    );
  }
  const starts = lineStarts(text);
  // YAML offsets count from the start of the front matter text, right after the opening `---`.
  const matterStart = Math.max(0, text.indexOf(matterText, 3));
  const bodyOffset = Math.max(0, text.length - body.length);
  const locate = (pointer: string): Position | undefined => {
    if (doc === undefined) return undefined;
    const offset = offsetAtPointer(doc.contents as YamlNode | null, pointer);
    return offset === undefined ? { line: 1, column: 1 } : positionAt(starts, matterStart + offset);
  };
  const bodyLine = positionAt(starts, bodyOffset).line;
  const file = textSource(path, text, locate);
  if (frontMatter === undefined) return { source: { file, frontMatter, body, bodyLine }, diagnostics };
  const madr = fromMadr(path, frontMatter, body);
  return { source: { file, frontMatter: madr.frontMatter, body, bodyLine, ...(madr.supersededBy === undefined ? {} : { supersededBy: madr.supersededBy }) }, diagnostics };
}

class YamlError extends Error {
  constructor(
    message: string,
    readonly code = 'ADR_FRONT_MATTER_SYNTAX',
  ) {
    super(message);
  }
}

function readYaml(doc: Document): unknown {
  if (doc.errors.length > 0) throw new YamlError(doc.errors[0]?.message ?? 'invalid YAML');
  const warning = doc.warnings[0];
  if (warning !== undefined) throw new YamlError(warning.message, warning.code === 'TAG_RESOLVE_FAILED' ? 'ADR_FRONT_MATTER_TAG' : 'ADR_FRONT_MATTER_SYNTAX');
  // Aliases can expand exponentially ("billion laughs"); front matter never needs them.
  visit(doc, {
    Alias() {
      throw new YamlError('YAML aliases (*name) are not allowed in front matter');
    },
    Node(_key, node) {
      if ('anchor' in node && node.anchor) throw new YamlError('YAML anchors (&name) are not allowed in front matter');
      // Tags construct values that are not plain data (`!!js/function`, `!!binary`, custom types).
      if ('tag' in node && typeof node.tag === 'string') throw new YamlError(`YAML tags (${node.tag}) are not allowed in front matter; write plain strings, numbers, lists and maps`, 'ADR_FRONT_MATTER_TAG');
    },
  });
  return doc.toJS({ maxAliasCount: 0 }) ?? {};
}

function offsetAtPointer(root: YamlNode | null, pointer: string): number | undefined {
  let node: YamlNode | null = root;
  let offset: number | undefined = node?.range?.[0];
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (pair === undefined) break;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
    if (isAlias(node)) break;
  }
  return offset;
}
