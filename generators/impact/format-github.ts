import type { ContractChange, EntryChange, FieldChange, ImpactReport } from '../../src/types/sources/impact-report';
import { workflowCommand } from '../diagnostics/github-annotations';

/**
 * The report as GitHub Actions annotations on the changed source lines: a
 * warning for what is breaking, a notice for the rest, so the PR's diff shows
 * each change where it was made. The summary line ends the output.
 */
export function formatImpactGithub(report: ImpactReport): string {
  const lines: string[] = [];
  for (const c of report.contracts) lines.push(contractAnnotation(c, report));
  for (const [area, entries] of [['member', report.members], ['plugin', report.plugins], ['ADR', report.adrs]] as const) {
    for (const e of entries) lines.push(...entryAnnotations(area, e));
  }
  const pack = report.policyPack;
  if (pack !== null) {
    const touched = `plugins touched: ${pack.plugins.join(', ') || 'none'}`;
    if (pack.changes.length === 0) lines.push(annotate(pack.breaking, pack.file, pack.line, `impact: policy pack changed${pack.breaking ? ' (breaking)' : ''}`, touched));
    for (const x of pack.changes) lines.push(annotate(x.breaking, pack.file, x.line ?? pack.line, `impact: policy pack ${x.field} ${x.change}${x.breaking ? ' (breaking)' : ''}`, `${x.detail}; ${touched}`));
  }
  lines.push(report.summary);
  return lines.join('\n');
}

function contractAnnotation(c: ContractChange, report: ImpactReport): string {
  const what = c.change === 'new-version' && c.previous !== null ? `new version after ${c.previous}` : c.change;
  const message = [
    ...c.changes.map((x) => `${x.path === '' ? '(document)' : x.path}: ${x.detail} (readers ${x.readers}, writers ${x.writers})`),
    ...c.adrs.map((a) => `introduced by ADR ${a.id} ${a.title} (${a.status})`),
    `producers: ${c.producers.map((p) => p.member).join(', ') || 'none'}`,
    `consumers: ${c.consumers.map((p) => `${p.member}${p.readsNew === null ? '' : p.readsNew ? ' (reads it)' : ' (not yet)'}`).join(', ') || 'none'}`,
    ...mustAct(report, c.id),
  ].join('\n');
  return annotate(c.breaking, c.file, c.line, `impact: contract ${c.id} ${what}${c.breaking ? ' (breaking)' : ''}`, message);
}

/** One annotation per changed field, on its line; one for the entry when it has none (added, removed). */
function entryAnnotations(area: string, e: EntryChange): string[] {
  const heading = `impact: ${area} ${e.id} ${e.change}`;
  if (e.changes.length === 0) return [annotate(e.breaking, e.file, e.line, `${heading}${e.breaking ? ' (breaking)' : ''}`, e.title)];
  return e.changes.map((x: FieldChange) => annotate(x.breaking, e.file, x.line ?? e.line, `${heading}: ${x.field} ${x.change}${x.breaking ? ' (breaking)' : ''}`, x.detail));
}

function mustAct(report: ImpactReport, id: string): string[] {
  const who = report.mustAct.filter((m) => m.contracts.includes(id)).map((m) => m.member);
  return who.length === 0 ? [] : [`must act: ${who.join(', ')}`];
}

function annotate(breaking: boolean, file: string, line: number | null, title: string, message: string): string {
  return workflowCommand(breaking ? 'warning' : 'notice', { file, ...(line === null ? {} : { line }), title }, message);
}
