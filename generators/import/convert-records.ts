import { Document, isSeq } from 'yaml';
import { diagnostic, isWarning, warning, type Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { bodyHeadings, parseAdrBody } from '../model/adr-body';
import { adrNumber } from '../model/adr-relations';
import { slugOf } from '../util/adr-slug';
import { calendarProblem } from '../validate/rules/decisions/adr-date-valid';
import { REQUIRED_SECTIONS } from '../validate/rules/decisions/adr-sections-present';
import { fileNumber, type ImportFormat, type ParsedRecord } from './imported-record';
import { applyEdits, linksOf, parseMarkdown, urlEdit, type Edit } from './markdown-edits';

export interface ConvertOptions {
  /** Number the records from here on: the lowest becomes `first`, the others keep their distance. */
  readonly first?: number;
  /** The date of records that name none. */
  readonly date?: string;
  /** The ADRs the manual has already, by id. */
  readonly existing: ReadonlyMap<number, string>;
}

export interface ConvertedRecord {
  readonly from: string;
  readonly to: string;
  readonly format: ImportFormat;
  readonly id: number;
  readonly text: string;
}

const PLACEHOLDER = '_Not recorded in the original record; added by the import._';

/**
 * Our ADR files from parsed records: numbers shifted by `--first` and checked
 * against the manual's, links by number turned into front matter relations
 * (written once, on the newer record), links in bodies re-pointed at the new
 * file names, missing required sections added with a placeholder. Returns no
 * records when any record has an error: the import is all or nothing.
 */
export function convertRecords(parsed: readonly ParsedRecord[], options: ConvertOptions): { records: ConvertedRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = parsed.flatMap((r) => r.diagnostics);
  const numbered = parsed.filter((r) => r.number >= 0);
  const lowest = Math.min(...numbered.map((r) => r.number));
  const offset = options.first === undefined || numbered.length === 0 ? 0 : options.first - lowest;
  const nextFree = Math.max(0, ...options.existing.keys()) + 1;
  const idOf = new Map<number, number>();
  const seen = new Map<number, string>();
  for (const r of numbered) {
    const id = r.number + offset;
    const twin = seen.get(r.number);
    if (twin !== undefined) {
      diagnostics.push(diagnostic('IMPORT_NUMBER_DUPLICATE', r.from, '', `The number ${r.number} is also ${twin}'s.`, 'Give each record its own number before importing.'));
      continue;
    }
    seen.set(r.number, r.from);
    if (id < 1) {
      diagnostics.push(diagnostic('IMPORT_NUMBER_ZERO', r.from, '', `The record's number ${adrNumber(r.number)} would be ADR ${id}; ADR ids start at 1.`, `Pass --first ${nextFree} to number the imported records from ${nextFree} on (links between them follow).`));
      continue;
    }
    const taken = options.existing.get(id);
    if (taken !== undefined) {
      diagnostics.push(diagnostic('IMPORT_NUMBER_TAKEN', r.from, '', `It would be ADR ${adrNumber(id)}, but ${taken} has that number.`, `Pass --first ${nextFree} to number the imported records from ${nextFree} on, after the manual's last ADR (links between them follow).`));
      continue;
    }
    idOf.set(r.number, id);
  }

  const supersedes = new Map<number, Set<number>>();
  const refines = new Map<number, Set<number>>();
  const add = (edges: Map<number, Set<number>>, from: number, to: number): void => void edges.set(from, (edges.get(from) ?? new Set()).add(to));
  for (const r of numbered) {
    const self = idOf.get(r.number);
    if (self === undefined) continue;
    for (const link of r.links) {
      const other = idOf.get(link.target);
      // A record refused above has its own diagnostic; links to it say nothing more.
      if (other === undefined && seen.has(link.target)) continue;
      if (other === undefined) {
        diagnostics.push({ ...diagnostic('IMPORT_LINK_UNRESOLVED', r.from, '', `The record links to number ${link.target} (${link.kind}), which is not among the records imported.`, 'Import the record it names in the same run, or remove the link.'), line: link.line, column: 1 });
        continue;
      }
      if (link.kind === 'supersedes') add(supersedes, self, other);
      else if (link.kind === 'superseded-by') add(supersedes, other, self);
      else if (link.kind === 'refines') add(refines, self, other);
      else add(refines, other, self);
    }
  }
  const replaced = new Set([...supersedes.values()].flatMap((s) => [...s]));

  const newName = new Map<string, string>();
  for (const r of numbered) {
    const id = idOf.get(r.number);
    if (id === undefined) continue;
    const slug = slugOf(r.name.replace(/^[0-9]+-/, '').replace(/\.md$/, '')) || slugOf(r.title ?? '') || 'record';
    newName.set(r.name, `${adrNumber(id)}-${slug}.md`);
  }

  const records: ConvertedRecord[] = [];
  for (const r of numbered) {
    const id = idOf.get(r.number);
    const to = newName.get(r.name);
    if (id === undefined || to === undefined) continue;
    if (r.title === undefined || r.title.trim() === '') {
      diagnostics.push(diagnostic('IMPORT_TITLE_MISSING', r.from, '', 'The record has no title: no "title" in its front matter and no "#" heading.', 'Add a "# Title" line at the top of the record.'));
      continue;
    }
    const date = r.date ?? options.date;
    if (date === undefined) {
      diagnostics.push(diagnostic('IMPORT_DATE_MISSING', r.from, '', 'The record has no date (MADR\'s "date" is optional; this manual needs one).', 'Add "date: YYYY-MM-DD" to its front matter, or pass --date YYYY-MM-DD for every record that names none.'));
      continue;
    }
    const dateProblem = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) ? calendarProblem(date) : 'not YYYY-MM-DD';
    if (dateProblem !== undefined) {
      diagnostics.push(diagnostic('IMPORT_DATE_INVALID', r.from, '', `The date "${date}" is not a calendar date: ${dateProblem}.`, 'Write the day of the decision as YYYY-MM-DD.'));
      continue;
    }
    let status = r.status;
    if (status === undefined) {
      status = replaced.has(id) ? 'superseded' : 'accepted';
      diagnostics.push(warning('IMPORT_STATUS_MISSING', r.from, '', `The record names no status; imported as "${status}".`, 'Check the status of the imported ADR.'));
    } else if (replaced.has(id) && status !== 'superseded') {
      diagnostics.push(warning('IMPORT_STATUS_MAPPED', r.from, '', `Another record supersedes it, so its status "${status}" becomes "superseded".`));
      status = 'superseded';
    } else if (!replaced.has(id) && status === 'superseded') {
      diagnostics.push(warning('IMPORT_STATUS_MAPPED', r.from, '', 'It is "superseded", but no imported record replaces it; imported as "deprecated".'));
      status = 'deprecated';
    }
    const ids = (edges: Map<number, Set<number>>): number[] => [...(edges.get(id) ?? [])].sort((a, b) => a - b);
    const frontMatter: Record<string, unknown> = {
      id,
      title: r.title.trim(),
      status,
      date,
      ...(ids(supersedes).length > 0 ? { supersedes: ids(supersedes) } : {}),
      ...(ids(refines).length > 0 ? { refines: ids(refines) } : {}),
      ...r.kept,
    };
    const { body, added } = withRequiredSections(repointLinks(r.body, newName), r.format);
    for (const name of added) diagnostics.push(warning('IMPORT_SECTION_ADDED', r.from, '', `The record has no "${name}" section; one was added saying so.`, `Write the "${name}" section of ${SOURCE_LAYOUT.adrDir}/${to} if it is known.`));
    records.push({ from: r.from, to: `${SOURCE_LAYOUT.adrDir}/${to}`, format: r.format, id, text: `---\n${frontMatterText(frontMatter)}---\n\n${body.trimEnd()}\n` });
  }
  const failed = diagnostics.some((d) => !isWarning(d));
  return { records: failed ? [] : records.sort((a, b) => a.id - b.id), diagnostics };
}

/** YAML as `npm run new -- adr` writes it: relations as `[3, 4]`, everything else block style. */
function frontMatterText(frontMatter: Record<string, unknown>): string {
  const doc = new Document(frontMatter);
  for (const key of ['supersedes', 'refines']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Relative links to other imported records (`0003-use-x.md`, `./0003-use-x.md#decision`) follow them to their new names. */
function repointLinks(body: string, newName: ReadonlyMap<string, string>): string {
  const tree = parseMarkdown(body);
  const edits: Edit[] = [];
  for (const node of linksOf(tree)) {
    const m = /^(\.\/)?([^/#?]+\.md)(#.*)?$/.exec(node.url);
    const target = m?.[2] === undefined ? undefined : newName.get(m[2]);
    if (target === undefined || fileNumber(target) === undefined) continue;
    const edit = urlEdit(body, node, `${m?.[1] ?? ''}${target}${m?.[3] ?? ''}`);
    if (edit !== undefined) edits.push(edit);
  }
  return applyEdits(body, edits);
}

/** Our required sections, each also accepted under its MADR name; a missing one is added under the record format's name. */
function withRequiredSections(body: string, format: ImportFormat): { body: string; added: string[] } {
  const present = new Set(bodyHeadings(parseAdrBody(body)).map((h) => h.name));
  const added = REQUIRED_SECTIONS.filter(([name, , madr]) => !present.has(name.toLowerCase()) && !present.has(madr.toLowerCase())).map(([name, , madr]) => (format === 'madr' ? madr : name));
  return { body: [body.trimEnd(), ...added.map((name) => `## ${name}\n\n${PLACEHOLDER}`)].join('\n\n'), added };
}
