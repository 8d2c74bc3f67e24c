import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { writeAtomic } from '../util/write-atomic';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { runPipeline } from '../index';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { diskReader, type SourceReader } from '../load/source-reader';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { adrNumber, introducesContractVersion } from '../model/adr-relations';
import type { Catalog } from '../model/catalog';
import { calendarProblem } from '../validate/rules/decisions/adr-date-valid';
import { MIGRATION_SECTION, REQUIRED_SECTIONS } from '../validate/rules/decisions/adr-sections-present';
import { slugOf } from '../util/adr-slug';
import { changesBlock } from './migration-changes';
import { gen } from './gen';
import { command, rootOf } from './command';

/** Kept here too: the slug rule is part of what `new adr` promises. */
export { slugOf };

const HELP = `Usage: npm run new -- adr "Title" [options]

Writes adr/NNNN-kebab-title.md (the next free number) from the template with
today's date, marks the ADRs it supersedes as superseded, runs gen, and prints
the path. Refuses unknown ids and names, and then writes nothing.

Options:
  --supersedes N[,N…]   ADRs this one replaces (their status becomes superseded)
  --refines N[,N…]      ADRs this one refines
  --affects id,…        contract ids or member names it affects; a contract of
                        major version 2 or more adds a Migration section
  --tags tag,…          lower-case tags
  --status S            proposed (default) or accepted
  --date YYYY-MM-DD     the day of the decision, when it is not today
  --root DIR            the repository (default: the current directory)
  -h, --help            this help

Options that take lists may be repeated or comma-separated.`;

const LIST = { type: 'string', multiple: true } as const;
const OPTIONS = { supersedes: LIST, refines: LIST, affects: LIST, tags: LIST, status: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } } as const;
export type Values = { supersedes?: string[]; refines?: string[]; affects?: string[]; tags?: string[]; status?: string; date?: string };
const TAG = /^[a-z0-9][a-z0-9-]*$/;

interface Request {
  readonly title: string;
  readonly slug: string;
  readonly supersedes: number[];
  readonly refines: number[];
  readonly affects: string[];
  readonly tags: string[];
  readonly status: 'proposed' | 'accepted';
  readonly date: string;
}

/** `npm run new -- adr "Title" …`: scaffold the next ADR, regenerate, or change nothing at all. */
export default command({ name: 'npm run new -- adr', help: HELP, options: OPTIONS, positionals: { min: 0, max: Infinity } }, async ({ values, positionals }) => {
  const root = rootOf(values.root);
  const parsed = requestOf(positionals, values);
  if (typeof parsed === 'string') return refuse(parsed);
  return newAdr(root, parsed);
});

async function newAdr(root: string, parsed: Request): Promise<number> {
  const loaded = await catalogFor(root, parsed.affects);
  if (!loaded.ok) {
    console.error(formatDiagnostics(loaded.diagnostics));
    return refuse('the sources have problems (listed above); fix them first so the new ADR can be checked against them');
  }
  const problem = checkAgainst(loaded.catalog, parsed);
  if (problem !== undefined) return refuse(problem);

  const id = Math.max(0, ...loaded.catalog.adrs.map((a) => a.doc.id)) + 1;
  const path = `${SOURCE_LAYOUT.adrDir}/${adrNumber(id)}-${parsed.slug}.md`;
  if (existsSync(join(root, path))) return refuse(`${path} already exists`);

  // Every file this command changes, with its text before and after; all are computed before any is written.
  const edits: Array<{ file: string; before: string | undefined; after: string }> = [];
  for (const target of parsed.supersedes) {
    const adr = loaded.catalog.adrs.find((a) => a.doc.id === target);
    if (adr === undefined || adr.doc.status === 'superseded') continue;
    if (adr.doc.status === 'rejected') return refuse(`ADR ${target} was rejected, so nothing supersedes it; use --refines ${target} to build on it`);
    const before = readFileSync(join(root, adr.file), 'utf8');
    const after = withStatusSuperseded(before);
    if (after === undefined) return refuse(`${adr.file} has no "status:" line in its front matter to change; set "status: superseded" there by hand`);
    edits.push({ file: adr.file, before, after });
  }
  edits.push({ file: path, before: undefined, after: template(id, parsed, new Set(loaded.catalog.contracts.map((c) => c.id))) });
  for (const { file, after } of edits) writeAtomic(join(root, file), after);

  const code = await gen(['--root', root]);
  if (code !== 0) {
    for (const { file, before } of edits) {
      if (before === undefined) unlinkSync(join(root, file));
      else writeAtomic(join(root, file), before);
    }
    return refuse('gen failed on the new ADR (see above); every file this command changed was restored');
  }
  for (const { file } of edits) if (file !== path) console.log(`updated ${file}: status superseded`);
  console.log(`created ${path}`);
  return 0;
}

/**
 * The catalog the new ADR is checked against. A new contract version fails
 * validation until an ADR introduces it, and this command writes that ADR: such
 * failures, for contracts the new ADR affects, are answered by validating with a
 * stand-in for it, which is then left out of the catalog.
 */
async function catalogFor(root: string, affects: readonly string[]): ReturnType<typeof runPipeline> {
  const first = await runPipeline(diskReader(root));
  const answered = (d: Diagnostic): boolean => d.code === 'CONTRACT_VERSION_WITHOUT_ADR' && affects.some((id) => d.file === `${SOURCE_LAYOUT.contractsDir}/${id}.schema.json`);
  if (first.ok || !first.diagnostics.every(answered)) return first;
  const standIn = `${SOURCE_LAYOUT.adrDir}/9999-stand-in.md`;
  const sections = [...REQUIRED_SECTIONS.map(([name]) => name), MIGRATION_SECTION].map((s) => `## ${s}\n\nStand-in.\n`).join('\n');
  const text = `---\n${stringify({ id: 9999, title: 'Stand-in', status: 'proposed', date: '2000-01-01', affects: [...affects] })}---\n\n${sections}`;
  const disk = diskReader(root);
  const reader: SourceReader = {
    list: (dir) => (dir === SOURCE_LAYOUT.adrDir ? [...disk.list(dir), { name: '9999-stand-in.md', isDirectory: false }] : disk.list(dir)),
    read: (path) => (path === standIn ? text : disk.read(path)),
  };
  const second = await runPipeline(reader);
  return second.ok ? { ...second, catalog: { ...second.catalog, adrs: second.catalog.adrs.filter((a) => a.file !== standIn) } } : first;
}

/**
 * The next ADR for `title` as `new adr` would write it, for another scaffold to
 * write with its own files (`new version`): path and text, or why not.
 * `contractIds` are the contracts there will be, so a new version's ADR gets its
 * Migration section. The caller validates the result with the gate.
 */
export function plannedAdr(catalog: Catalog, contractIds: ReadonlySet<string>, title: string, values: Values): { path: string; text: string } | string {
  const parsed = requestOf([title], values);
  if (typeof parsed === 'string') return parsed;
  const id = Math.max(0, ...catalog.adrs.map((a) => a.doc.id)) + 1;
  return { path: `${SOURCE_LAYOUT.adrDir}/${adrNumber(id)}-${parsed.slug}.md`, text: template(id, parsed, contractIds) };
}

function refuse(reason: string): number {
  console.error(`new adr: ${reason}. Nothing was written.`);
  return 1;
}

function requestOf(positional: readonly string[], values: Values): Request | string {
  if (positional.length !== 1) return positional.length === 0 ? 'give the title in quotes: npm run new -- adr "Title"' : `give one title in quotes; got ${positional.length} words: ${positional.join(' ')}`;
  const title = (positional[0] ?? '').trim();
  if (title === '' || /[\r\n]/.test(title)) return 'the title must be one non-empty line';
  const slug = slugOf(title);
  if (slug === '') return `the title "${title}" gives an empty file name: use some ASCII letters or digits`;

  const list = (name: 'supersedes' | 'refines' | 'affects' | 'tags'): string[] =>
    (values[name] ?? []).flatMap((v) => v.split(',').map((s) => s.trim()).filter((s) => s !== ''));
  const ids = (name: 'supersedes' | 'refines'): number[] | string => {
    const given = list(name);
    const bad = given.filter((v) => !/^[0-9]+$/.test(v) || Number(v) < 1);
    return bad.length > 0 ? `--${name} takes ADR numbers such as 7 or 0007; got ${bad.join(', ')}` : [...new Set(given.map(Number))];
  };
  const supersedes = ids('supersedes');
  if (typeof supersedes === 'string') return supersedes;
  const refines = ids('refines');
  if (typeof refines === 'string') return refines;
  const tags = [...new Set(list('tags'))];
  const badTags = tags.filter((t) => !TAG.test(t));
  if (badTags.length > 0) return `tags are lower-case ASCII words joined by hyphens; got ${badTags.join(', ')}`;
  const status = values.status ?? 'proposed';
  if (status !== 'proposed' && status !== 'accepted') return `--status is proposed or accepted, not "${status}"`;
  const date = values.date ?? today();
  const dateProblem = calendarProblem(date);
  if (dateProblem !== undefined) return `--date "${date}" is not a calendar date: ${dateProblem}`;
  return { title, slug, supersedes, refines, affects: [...new Set(list('affects'))], tags, status, date };
}

function checkAgainst(catalog: Catalog, request: Request): string | undefined {
  const ids = new Set(catalog.adrs.map((a) => a.doc.id));
  const knownIds = [...ids].sort((a, b) => a - b).join(', ') || 'none yet';
  for (const [name, values] of [['--supersedes', request.supersedes], ['--refines', request.refines]] as const) {
    const unknown = values.filter((id) => !ids.has(id));
    if (unknown.length > 0) return `${name} names ADR ${unknown.join(', ')}, which does not exist; known ADRs: ${knownIds}`;
  }
  const contracts = catalog.contracts.map((c) => c.id);
  const members = catalog.members.map((m) => m.name);
  const unknown = request.affects.filter((a) => !contracts.includes(a) && !members.includes(a));
  if (unknown.length > 0) {
    return `--affects names ${unknown.map((u) => `"${u}"`).join(', ')}, which is neither a contract nor a member; contracts: ${contracts.join(', ')}; members: ${members.join(', ')}`;
  }
  return undefined;
}

/** Only the front matter's `status:` line changes; everything else in the file stays byte for byte. */
export function withStatusSuperseded(text: string): string | undefined {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end === -1) return undefined;
  const frontMatter = text.slice(0, end);
  const line = /^status:[^\n]*$/m.exec(frontMatter);
  if (line === null) return undefined;
  return text.slice(0, line.index) + 'status: superseded' + text.slice(line.index + line[0].length);
}

const PROMPTS: Readonly<Record<string, string>> = {
  Context: 'What is the situation, and which forces make a decision necessary?',
  Decision: 'What is decided, in the active voice: "Members …", "The registry …".',
  Consequences: 'What becomes easier or harder because of this decision, for which members?',
  'Alternatives considered': 'Which options were weighed, and why were they not taken?',
};

function template(id: number, request: Request, contractIds: ReadonlySet<string>): string {
  const scalar = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();
  const flow = (values: ReadonlyArray<string | number>): string => `[${values.join(', ')}]`;
  const frontMatter = [
    `id: ${id}`,
    `title: ${scalar(request.title)}`,
    `status: ${request.status}`,
    `date: ${request.date}`,
    ...(request.supersedes.length > 0 ? [`supersedes: ${flow(request.supersedes)}`] : []),
    ...(request.refines.length > 0 ? [`refines: ${flow(request.refines)}`] : []),
    ...(request.affects.length > 0 ? [`affects: ${flow(request.affects)}`] : []),
    ...(request.tags.length > 0 ? [`tags: ${flow(request.tags)}`] : []),
  ];
  const sections = REQUIRED_SECTIONS.map(([name]) => `## ${name}\n\n_${PROMPTS[name] ?? ''}_\n`);
  const versions = introducesContractVersion({ doc: { id, title: request.title, status: request.status, date: request.date, affects: request.affects } }, contractIds);
  if (versions.length > 0) {
    sections.push(
      [
        `## ${MIGRATION_SECTION}`,
        '',
        `- **What changed** in ${versions.join(', ')}, field by field: _…_`,
        ...versions.map((v) => changesBlock(v, undefined)),
        '- **How to detect affected artifacts**: which partitions (by date and manifest `contract`) were written under the old version, and what was built from them: _…_',
        '- **What to regenerate or migrate**: rewrite, read by version, or let age out; which members rerun for which dates: _…_',
        '',
      ].join('\n'),
    );
  }
  return `---\n${frontMatter.join('\n')}\n---\n\n${sections.join('\n')}`;
}

/** The one clock read of the project: today's date where the author is. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
