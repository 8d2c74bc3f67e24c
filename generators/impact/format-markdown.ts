import type { PhrasingContent, RootContent } from 'mdast';
import type { ContractChange, EntryChange, ImpactReport, Party } from '../../src/types/sources/impact-report';
import { code, heading, joined, list, paragraph, strong, table, text } from '../render/markdown/mdast';
import { serializeGfm } from '../render/markdown/serialize';
import type { Diagnostic } from '../diagnostics/diagnostic';

/**
 * A hidden first line, so a CI job can find the comment it posted before and
 * edit it instead of adding another on every push.
 */
export const IMPACT_COMMENT_MARKER = '<!-- ops-manual-impact -->';

/**
 * The report as a PR comment: the verdict, what breaks and who must act at the
 * top, a table per area, and the classified changes of each entry collapsed.
 * Built as an mdast tree and serialised as GFM, so text from the sources
 * (titles, details, ids) is escaped and renders literally.
 */
export function formatImpactMarkdown(report: ImpactReport): string {
  const children: RootContent[] = [
    { type: 'html', value: IMPACT_COMMENT_MARKER },
    heading(2, text('Ecosystem impact')),
    paragraph(strong(text(report.verdict))),
    paragraph(...comparedSides(report)),
  ];
  const breaking = breakingLines(report);
  if (breaking.length > 0) children.push(heading(3, text('Breaking changes')), list(breaking));
  if (report.mustAct.length > 0) {
    children.push(
      heading(3, text('Members who must act')),
      table(
        ['Member', 'Repo', 'Why'],
        report.mustAct.map((m) => [[code(m.member)], [text(m.repo)], [text(m.reasons.join('; '))]]),
      ),
    );
  }
  if (report.contracts.length > 0) {
    children.push(
      heading(3, text('Contracts')),
      table(
        ['Contract', 'Change', 'Breaking', 'Producers', 'Consumers'],
        report.contracts.map((c) => [[code(c.id)], contractChangeCell(c), [text(c.breaking ? 'yes' : 'no')], parties(c.producers), parties(c.consumers)]),
      ),
      ...details(
        'contract',
        report.contracts.filter((c) => c.changes.length > 0 || c.adrs.length > 0),
        (c) => [code(c.id)],
        (c) => [
          ...c.changes.map((x) => [code(x.path === '' ? '(document)' : x.path), text(`: ${x.detail} (readers ${x.readers}, writers ${x.writers})`)]),
          ...c.adrs.map((a) => [text(`introduced by ADR ${a.id} ${a.title} (${a.status})`)]),
        ],
      ),
    );
  }
  for (const [title, header, second, entries] of [
    ['Members', 'Member', 'Repo', report.members],
    ['Plugins', 'Plugin', 'Event', report.plugins],
    ['Decisions', 'ADR', 'Title', report.adrs],
  ] as const) {
    if (entries.length === 0) continue;
    children.push(
      heading(3, text(title)),
      table(
        [header, second, 'Change', 'Breaking', 'Fields'],
        entries.map((e) => [[code(e.id)], [text(e.title)], [text(e.change)], [text(e.breaking ? 'yes' : 'no')], fieldsCell(e)]),
      ),
      ...details(
        header === 'ADR' ? header : header.toLowerCase(),
        entries.filter((e) => e.changes.length > 0),
        (e) => [code(e.id)],
        (e) => e.changes.map((x) => [code(x.field), text(` ${x.change}: ${x.detail}${x.breaking ? ' (breaking)' : ''}`)]),
      ),
    );
  }
  const pack = report.policyPack;
  if (pack !== null) {
    children.push(
      heading(3, text('Policy pack')),
      paragraph(
        text(`Changed${pack.breaking ? ' (breaking)' : ''}; plugins touched: `),
        ...(pack.plugins.length === 0 ? [text('none')] : joined(pack.plugins.map((p) => [code(p)]))),
        text('.'),
      ),
      ...(pack.changes.length === 0 ? [] : [list(pack.changes.map((x) => [code(x.field), text(` ${x.change}: ${x.detail}${x.breaking ? ' (breaking)' : ''}`)]))]),
    );
  }
  children.push(paragraph(text(report.summary)));
  return serializeGfm({ type: 'root', children });
}

/**
 * The comment when nothing could be compared: the verdict and every source
 * problem with its side, file, position and code, so the PR shows why.
 */
export function formatImpactProblemsMarkdown(summary: string, problems: ReadonlyArray<SideDiagnostic>, sideLabel: (side: SideDiagnostic['side']) => string): string {
  const where = (p: SideDiagnostic): string => `${p.file}${p.line === undefined ? '' : `:${p.line}:${p.column ?? 1}`}`;
  return serializeGfm({
    type: 'root',
    children: [
      { type: 'html', value: IMPACT_COMMENT_MARKER },
      heading(2, text('Ecosystem impact')),
      paragraph(strong(text(summary))),
      list(problems.map((p) => [text(`${sideLabel(p.side)}: `), code(where(p)), text(' '), code(p.code), text(` ${p.message}${p.hint === undefined ? '' : ` Fix: ${p.hint}`}`)])),
    ],
  });
}

/** A source problem of one side of the comparison. */
export type SideDiagnostic = Diagnostic & { readonly side: 'base' | 'head' };

function comparedSides(report: ImpactReport): PhrasingContent[] {
  const side = (s: ImpactReport['base'], fallback: string): PhrasingContent[] =>
    s.ref === null ? [text(fallback)] : [code(s.ref), ...(s.commit === null ? [] : [text(' ('), code(s.commit.slice(0, 12)), text(')')])];
  return [text('Compared '), ...side(report.base, 'the base'), text(' with '), ...side(report.head, 'the working tree'), text('.')];
}

/** One line per breaking entry, naming it and what breaks. */
function breakingLines(report: ImpactReport): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [];
  for (const c of report.contracts) {
    if (!c.breaking) continue;
    const what = c.changes.filter((x) => x.readers === 'breaking' || x.writers === 'breaking').map((x) => x.detail);
    lines.push([text('contract '), code(c.id), text(` ${c.change}${what.length === 0 ? '' : `: ${what.join('; ')}`}`)]);
  }
  for (const [area, entries] of [['member', report.members], ['plugin', report.plugins], ['ADR', report.adrs]] as const) {
    for (const e of entries) {
      if (!e.breaking) continue;
      const what = e.changes.filter((x) => x.breaking).map((x) => `${x.field} ${x.change}: ${x.detail}`);
      lines.push([text(`${area} `), code(e.id), text(` ${e.change}${what.length === 0 ? '' : `: ${what.join('; ')}`}`)]);
    }
  }
  if (report.policyPack?.breaking === true) {
    const what = report.policyPack.changes.filter((x) => x.breaking).map((x) => `${x.field} ${x.change}: ${x.detail}`);
    lines.push([text(`policy pack changed: ${what.join('; ')}`)]);
  }
  return lines;
}

function contractChangeCell(c: ContractChange): PhrasingContent[] {
  if (c.change !== 'new-version' || c.previous === null) return [text(c.change)];
  return [text('new version after '), code(c.previous)];
}

function parties(list: readonly Party[]): PhrasingContent[] {
  if (list.length === 0) return [text('none')];
  return joined(list.map((p) => [code(p.member), ...(p.readsNew === null ? [] : [text(p.readsNew ? ' (reads it)' : ' (not yet)')])]));
}

function fieldsCell(e: EntryChange): PhrasingContent[] {
  const fields = [...new Set(e.changes.map((x) => x.field))];
  return fields.length === 0 ? [text('-')] : joined(fields.map((f) => [code(f)]));
}

/** The classified changes of each entry, collapsed: a reviewer opens them when the table is not enough. */
function details<T>(what: string, entries: readonly T[], name: (e: T) => PhrasingContent[], lines: (e: T) => PhrasingContent[][]): RootContent[] {
  if (entries.length === 0) return [];
  return [
    { type: 'html', value: `<details>\n<summary>Changes of ${entries.length} ${what}${entries.length === 1 ? '' : 's'}</summary>` },
    list(entries.map((e) => [paragraph(...name(e)), list(lines(e))])),
    { type: 'html', value: '</details>' },
  ];
}
