import { warning, type Diagnostic } from '../diagnostics/diagnostic';
import { parseAdrSource } from '../load/adr-source';
import { fromMadr } from '../load/madr-front-matter';
import { fileNumber, type ParsedRecord, type RecordLink } from './imported-record';
import { STATUS_WORDS } from './link-verbs';
import { applyEdits, parseMarkdown, plainText, removal, titleHeading } from './markdown-edits';

/** Front matter MADR 4 defines, and ours that a MADR record may already carry; kept as written. */
const KEPT = ['decision-makers', 'consulted', 'informed', 'affects', 'tags'] as const;
/** Read into our fields rather than kept. */
const READ = new Set(['id', 'title', 'status', 'date', 'supersedes', 'refines']);

/**
 * A MADR 4 record: YAML front matter (all of it optional in MADR), the title as
 * the first `#` heading. The front matter is read by the same loader as adr/
 * (YAML only, no tags, anchors or JavaScript) and mapped the same way.
 */
export function parseMadr(from: string, name: string, text: string): ParsedRecord {
  const parsed = parseAdrSource(from, text);
  // MADR's front matter is optional; every other problem of it is the record's.
  const diagnostics: Diagnostic[] = parsed.diagnostics.filter((d) => d.code !== 'ADR_FRONT_MATTER_MISSING');
  const body = parsed.source.body;
  const mapped = parsed.source.frontMatter === undefined && diagnostics.length === 0 ? fromMadr(from, {}, body) : { frontMatter: parsed.source.frontMatter, supersededBy: parsed.source.supersededBy };
  const fm = isRecord(mapped.frontMatter) ? mapped.frontMatter : {};
  const at = (key: string): { line: number; column: number } => parsed.source.file.locate(`/${key}`) ?? { line: 1, column: 1 };

  const links: RecordLink[] = [];
  if (mapped.supersededBy !== undefined) links.push({ kind: 'superseded-by', target: mapped.supersededBy, line: at('status').line });
  for (const field of ['supersedes', 'refines'] as const) {
    const ids = fm[field];
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'number') links.push({ kind: field, target: id, line: at(field).line });
  }

  let status: string | undefined;
  if (typeof fm['status'] === 'string') {
    status = STATUS_WORDS[fm['status'].trim().toLowerCase()];
    if (status === undefined) {
      diagnostics.push({ ...warning('IMPORT_STATUS_UNMAPPED', from, '/status', `The status "${fm['status']}" is not one of MADR's; imported as "proposed".`, 'Set the status by hand after the import: proposed, accepted, rejected, deprecated or superseded.'), ...at('status') });
      status = 'proposed';
    }
  }
  const kept: Record<string, unknown> = {};
  for (const key of KEPT) if (fm[key] !== undefined) kept[key] = fm[key];
  for (const key of Object.keys(fm).sort()) {
    if (READ.has(key) || (KEPT as readonly string[]).includes(key)) continue;
    diagnostics.push({ ...warning('IMPORT_FIELD_DROPPED', from, `/${key}`, `The front matter field "${key}" is neither MADR's nor this manual's; it is left out.`, 'Move what it says into the body if it matters.'), ...at(key) });
  }

  // The title moves to the front matter; the rest of the body stays as written.
  const tree = parseMarkdown(body);
  const h1 = titleHeading(tree);
  const title = typeof fm['title'] === 'string' ? fm['title'] : undefined;
  // Only a heading that says the title goes: one that differs from a front matter title is content.
  const same = h1 !== undefined && title !== undefined && plainText(h1).trim().replace(/\s+/g, ' ') === title.trim().replace(/\s+/g, ' ');
  const rest = h1 === undefined || !same ? body : applyEdits(body, [removal(body, h1)]);
  return {
    from,
    name,
    format: 'madr',
    number: fileNumber(name) ?? (typeof fm['id'] === 'number' ? fm['id'] : -1),
    title,
    status,
    date: typeof fm['date'] === 'string' ? fm['date'] : undefined,
    kept,
    links,
    body: rest.replace(/^\n+/, ''),
    diagnostics,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
