import { parseTree, type Node } from 'jsonc-parser';

/** Seeded, so a failing case can be replayed: the bench's generator. */
export { mulberry32 as seededRandom } from '../../bench/synthetic';

export type Random = () => number;

/** What a mutation does to one file of the tree. */
export type Change =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'delete' }
  /** Replace the file with a link to another file of the tree. */
  | { readonly kind: 'symlink'; readonly to: string };

export interface Mutation {
  readonly name: string;
  /** Whether it applies to this file (JSON-only operators skip Markdown). */
  readonly applies: (path: string) => boolean;
  readonly apply: (text: string, random: Random, paths: readonly string[]) => Change;
}

const isJson = (path: string): boolean => path.endsWith('.json');
const isMarkdown = (path: string): boolean => /\.mdx?$/.test(path);
const any = (): boolean => true;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const offset = (random: Random, text: string): number => Math.floor(random() * (text.length + 1));
const insertAt = (text: string, at: number, value: string): string => text.slice(0, at) + value + text.slice(at);

/** The JSON values of a document, with their offsets, for operators that replace one. */
function jsonNodes(text: string): Node[] {
  const root = parseTree(text);
  const out: Node[] = [];
  const walk = (node: Node | undefined): void => {
    if (node === undefined) return;
    out.push(node);
    for (const child of node.children ?? []) walk(child.type === 'property' ? child.children?.[1] : child);
  };
  walk(root);
  return out;
}

function replaceNode(text: string, node: Node, value: string): string {
  return text.slice(0, node.offset) + value + text.slice(node.offset + node.length);
}

/** Values of other types than the one replaced: each is valid JSON. */
const SWAPS = ['null', 'true', '0', '-1.5e300', '""', '"x"', '[]', '{}', '[1,"a",null]', '{"a":{"b":[]}}', '"../../etc/passwd"', '"event.v999"'];

const ODD = ['\u0000', '\ufeff', '\u202e', '\u2028', '\u0085', '\ud800', '\udfff', '\u{1f4a5}', 'e\u0301', '\u00a0', '\t', '\r', '\u001b[31m', '\uffff'];

const HOSTILE_PROSE = [
  '\nimport x from "y"\n',
  '\nexport const leaked = 1;\n',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '[x](../nowhere/%E0%A4%A.md)',
  '<!-- unclosed comment',
  '```',
  '\n# Heading injected\n',
  '<details><summary>x',
  '&#x3C;T&#x3E;',
  'https://example.org/a_(b)*c*<d>',
  '| a | b |\n| --- |\n',
];

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncate', applies: any, apply: (text, random) => ({ kind: 'text', text: text.slice(0, offset(random, text)) }) },
  { name: 'empty', applies: any, apply: () => ({ kind: 'text', text: '' }) },
  { name: 'delete', applies: any, apply: () => ({ kind: 'delete' }) },
  {
    name: 'type swap',
    applies: isJson,
    apply: (text, random) => {
      const nodes = jsonNodes(text);
      if (nodes.length === 0) return { kind: 'text', text: 'null' };
      return { kind: 'text', text: replaceNode(text, pick(random, nodes), pick(random, SWAPS)) };
    },
  },
  {
    name: 'deep nesting',
    applies: isJson,
    apply: (text, random) => {
      const depth = pick(random, [65, 200, 20_000]);
      const nested = '['.repeat(depth) + ']'.repeat(depth);
      const nodes = jsonNodes(text);
      return { kind: 'text', text: nodes.length === 0 ? nested : replaceNode(text, pick(random, nodes), nested) };
    },
  },
  {
    name: 'huge string',
    applies: isJson,
    apply: (text, random) => {
      const strings = jsonNodes(text).filter((n) => n.type === 'string');
      const size = pick(random, [70_000, 1_000_000, 5_000_000]);
      if (strings.length === 0) return { kind: 'text', text: JSON.stringify('x'.repeat(size)) };
      return { kind: 'text', text: replaceNode(text, pick(random, strings), JSON.stringify('ab'.repeat(size / 2))) };
    },
  },
  {
    name: 'huge prose',
    applies: isMarkdown,
    apply: (text, random) => ({ kind: 'text', text: insertAt(text, offset(random, text), `${'word '.repeat(pick(random, [20_000, 1_000_000]))}\n`) }),
  },
  { name: 'odd unicode', applies: any, apply: (text, random) => ({ kind: 'text', text: insertAt(text, offset(random, text), pick(random, ODD).repeat(1 + Math.floor(random() * 3))) }) },
  {
    name: 'odd unicode in a string',
    applies: isJson,
    apply: (text, random) => {
      const strings = jsonNodes(text).filter((n) => n.type === 'string');
      if (strings.length === 0) return { kind: 'text', text };
      const node = pick(random, strings);
      const value = String(node.value);
      return { kind: 'text', text: replaceNode(text, node, JSON.stringify(insertAt(value, offset(random, value), pick(random, ODD)))) };
    },
  },
  {
    name: 'duplicate key',
    applies: isJson,
    apply: (text, random) => {
      const objects = jsonNodes(text).filter((n) => n.type === 'object' && (n.children?.length ?? 0) > 0);
      if (objects.length === 0) return { kind: 'text', text };
      const property = pick(random, pick(random, objects).children ?? []);
      const source = text.slice(property.offset, property.offset + property.length);
      return { kind: 'text', text: insertAt(text, property.offset, `${source}, `) };
    },
  },
  { name: 'BOM', applies: any, apply: (text) => ({ kind: 'text', text: `\ufeff${text}` }) },
  { name: 'CRLF', applies: any, apply: (text) => ({ kind: 'text', text: text.replace(/\n/g, '\r\n') }) },
  {
    name: 'invalid UTF-8',
    applies: any,
    apply: (text, random) => {
      const bytes = Buffer.from(text, 'utf8');
      const at = Math.floor(random() * (bytes.length + 1));
      return { kind: 'bytes', bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(random, [[0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xe2, 0x82]])), bytes.subarray(at)]) };
    },
  },
  { name: 'symlink', applies: any, apply: (_, random, paths) => ({ kind: 'symlink', to: pick(random, paths) }) },
  { name: 'hostile prose', applies: isMarkdown, apply: (text, random) => ({ kind: 'text', text: insertAt(text, offset(random, text), pick(random, HOSTILE_PROSE)) }) },
  {
    name: 'hostile string',
    applies: isJson,
    apply: (text, random) => {
      const strings = jsonNodes(text).filter((n) => n.type === 'string');
      if (strings.length === 0) return { kind: 'text', text };
      return { kind: 'text', text: replaceNode(text, pick(random, strings), JSON.stringify(pick(random, HOSTILE_PROSE))) };
    },
  },
  {
    name: 'hostile pattern',
    applies: (path) => path.startsWith('schemas/contracts/'),
    apply: (text, random) => {
      const objects = jsonNodes(text).filter((n) => n.type === 'object');
      const pattern = pick(random, ['^(a+)+$', '(?<=a)b', '\\p{Foo}', '[', '(a|aa)*c', '\\1(a)', 'x{99999}']);
      return { kind: 'text', text: objects.length === 0 ? text : insertAt(text, (pick(random, objects).offset ?? 0) + 1, `"pattern": ${JSON.stringify(pattern)}, "type": "string", `) };
    },
  },
  {
    name: 'front matter',
    applies: isMarkdown,
    apply: (text, random) => {
      const line = pick(random, ['title: !!js/function "function () {}"', 'status: &a accepted', 'x: *a', 'date: 2025-13-45', 'id: -1', 'supersedes: [9999]', 'tags: {a: 1}', 'title: [', '---', 'affects: ["../x"]']);
      const end = text.indexOf('\n', 4);
      return { kind: 'text', text: text.startsWith('---') && end !== -1 ? insertAt(text, end + 1, `${line}\n`) : `---\n${line}\n---\n${text}` };
    },
  },
];
