import type { Link, Nodes } from 'mdast';
import { warning, type Diagnostic } from '../diagnostics/diagnostic';
import { fileNumber, type ParsedRecord, type RecordLink } from './imported-record';
import { LINK_VERBS, STATUS_WORDS } from './link-verbs';
import { applyEdits, paragraphLines, parseMarkdown, plainText, removal, sectionOf, titleHeading, type Edit } from './markdown-edits';

/**
 * A record as adr-tools writes it (Michael Nygard's format): no front matter,
 * `# 1. Record architecture decisions`, a `Date: 2016-02-12` line, and a
 * `## Status` section holding the status and the links, one per line.
 */
export function parseNygard(from: string, name: string, text: string): ParsedRecord {
  const diagnostics: Diagnostic[] = [];
  const tree = parseMarkdown(text);
  const edits: Edit[] = [];

  const h1 = titleHeading(tree);
  let title: string | undefined;
  let headingNumber: number | undefined;
  if (h1 !== undefined) {
    const written = plainText(h1).trim().replace(/\s+/g, ' ');
    const numbered = /^([0-9]+)\.\s+(.+)$/.exec(written);
    headingNumber = numbered === null ? undefined : Number(numbered[1]);
    title = numbered === null ? written : numbered[2];
    edits.push(removal(text, h1));
  }

  let date: string | undefined;
  const dateLine = tree.children.find((n) => n.type === 'paragraph' && /^date:/i.test(plainText(n).trim()));
  if (dateLine !== undefined) {
    date = plainText(dateLine).trim().replace(/^date:\s*/i, '');
    edits.push(removal(text, dateLine));
  }

  let status: string | undefined;
  const links: RecordLink[] = [];
  const section = sectionOf(tree, text, 'status');
  if (section !== undefined) {
    let unmapped = 0;
    for (const node of section.nodes) {
      if (node.type !== 'paragraph') {
        unmapped += 1;
        continue;
      }
      const line = node.position?.start.line ?? 1;
      for (const parts of paragraphLines(node)) {
        const found = readStatusLine(parts);
        if (found === undefined) {
          unmapped += 1;
          diagnostics.push({ ...warning('IMPORT_STATUS_LINE_UNMAPPED', from, '', `The Status line "${parts.map((p) => plainText(p as Nodes)).join('').trim()}" names no status and no link this manual knows.`, `It is kept in the body under "Status". Known: ${Object.keys(STATUS_WORDS).join(', ')}; links: ${Object.keys(LINK_VERBS).join(', ')}.`), line, column: 1 });
        } else if (found.kind === 'status') {
          status = found.status;
        } else {
          links.push({ kind: found.kind, target: found.target, line });
          if (found.kind === 'superseded-by') status = 'superseded';
        }
      }
    }
    // The section is front matter now, unless part of it could not be mapped.
    if (unmapped === 0) edits.push(removal(text, section.heading, section.end));
  }

  // The CLI reads only NNNN-title.md files, so the name always has a number.
  const number = fileNumber(name) ?? headingNumber ?? -1;
  if (headingNumber !== undefined && headingNumber !== number) {
    diagnostics.push({ ...warning('IMPORT_NUMBER_DIFFERS', from, '', `The heading says ${headingNumber}, the file name ${number}; the file name's number is kept.`), line: h1?.position?.start.line ?? 1, column: 1 });
  }
  return { from, name, format: 'nygard', number, title, status, date, kept: {}, links, body: applyEdits(text, edits), diagnostics };
}

type StatusLine = { kind: 'status'; status: string } | { kind: RecordLink['kind']; target: number };

/** `Accepted`, or `Superseded by [3. Use X](0003-use-x.md)`: a verb, then a link to the record. */
function readStatusLine(parts: readonly Nodes[]): StatusLine | undefined {
  const words = parts.map(plainText).join('').trim().replace(/\.$/, '').toLowerCase();
  const status = STATUS_WORDS[words];
  if (status !== undefined) return { kind: 'status', status };
  const at = parts.findIndex((p) => p.type === 'link');
  const link = parts[at] as Link | undefined;
  if (link === undefined) return undefined;
  const verb = parts.slice(0, at).map(plainText).join('').trim().toLowerCase().replace(/\s+/g, ' ');
  const kind = LINK_VERBS[verb];
  const target = fileNumber(link.url.replace(/^.*\//, '')) ?? fileNumber(plainText(link).replace(/\.\s.*$/, '-'));
  return kind === undefined || target === undefined ? undefined : { kind, target };
}
