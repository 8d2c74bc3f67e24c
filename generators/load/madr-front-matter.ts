import type { Heading, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/** What MADR 4 writes in `status` besides our five: `superseded by ADR-0005`, optionally as a link. */
const SUPERSEDED_BY = /^superseded by \[?ADR[- ]?0*([0-9]+)\]?(?:\([^)\s]*\))?$/i;
const OURS = new Set(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
/** MADR's file names: the number, a dash, the title (MADR keeps its case). */
const NUMBERED_FILE = /(?:^|\/)([0-9]{4,})-[^/]*\.md$/;

export interface MadrMapped {
  readonly frontMatter: unknown;
  /** The ADR named by `status: superseded by ADR-NNNN`: that ADR supersedes this one. */
  readonly supersededBy?: number;
}

/**
 * A MADR 4 record placed in adr/ as MADR writes it, in our front matter's terms,
 * before the meta-schema sees it: `id` from the file's number and `title` from the
 * body's H1 when the front matter has none, a status in any case, and
 * `superseded by ADR-NNNN` as `superseded` plus the successor (whose
 * `supersedes` gains this id, see validate/madr-successors.ts). Keys are left
 * alone, so a misspelt one is still refused by the meta-schema.
 */
export function fromMadr(path: string, frontMatter: unknown, body: string): MadrMapped {
  if (frontMatter === null || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) return { frontMatter };
  const fm: Record<string, unknown> = { ...(frontMatter as Record<string, unknown>) };
  if (!('id' in fm)) {
    const number = NUMBERED_FILE.exec(path)?.[1];
    if (number !== undefined) fm['id'] = Number(number);
  }
  if (!('title' in fm)) {
    const title = firstTitle(body);
    if (title !== undefined) fm['title'] = title;
  }
  let supersededBy: number | undefined;
  if (typeof fm['status'] === 'string') {
    const status = fm['status'].trim();
    const successor = SUPERSEDED_BY.exec(status);
    if (successor !== null) {
      fm['status'] = 'superseded';
      supersededBy = Number(successor[1]);
    } else if (OURS.has(status.toLowerCase())) {
      fm['status'] = status.toLowerCase();
    }
  }
  return supersededBy === undefined ? { frontMatter: fm } : { frontMatter: fm, supersededBy };
}

const PARSER = remark().use(remarkGfm).freeze();

/** The text of the body's first top-level `#` heading, as MADR titles a record. */
export function firstTitle(body: string): string | undefined {
  const tree = PARSER.parse(body) as Root;
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (h1 === undefined) return undefined;
  const text = headingText(h1).trim().replace(/\s+/g, ' ');
  return text === '' ? undefined : text;
}

function headingText(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  return (node.children ?? []).map((c) => headingText(c as never)).join('');
}
