import type { ImpactReport } from '../../src/types/sources/impact-report';

/** The report for people: verdict, who must act, then each area's entries (breaking marked), summary last. */
export function formatImpactText(report: ImpactReport): string {
  const lines = [report.verdict];
  for (const m of report.mustAct) lines.push(`must act: ${m.member} (${m.repo}): ${m.reasons.join('; ')}`);
  for (const c of report.contracts) {
    lines.push(`contract ${c.id}: ${c.change}${c.previous === null ? '' : ` (after ${c.previous})`}${c.breaking ? ' BREAKING' : ''}`);
    for (const x of c.changes) lines.push(`  ${x.path === '' ? '(document)' : x.path}: ${x.detail} (readers ${x.readers}, writers ${x.writers})`);
    for (const a of c.adrs) lines.push(`  introduced by ADR ${a.id} ${a.title} (${a.status})`);
    if (c.producers.length > 0) lines.push(`  producers: ${c.producers.map((p) => p.member).join(', ')}`);
    if (c.consumers.length > 0) lines.push(`  consumers: ${c.consumers.map((p) => `${p.member}${p.readsNew === null ? '' : p.readsNew ? ' (reads it)' : ' (not yet)'}`).join(', ')}`);
  }
  for (const [area, entries] of [['member', report.members], ['plugin', report.plugins], ['adr', report.adrs]] as const) {
    for (const e of entries) {
      lines.push(`${area} ${e.id}: ${e.change}${e.breaking ? ' BREAKING' : ''}`);
      for (const x of e.changes) lines.push(`  ${x.field} ${x.change}: ${x.detail}${x.breaking ? ' (breaking)' : ''}`);
    }
  }
  if (report.policyPack !== null) {
    lines.push(`policy pack: changed${report.policyPack.breaking ? ' BREAKING' : ''}; plugins touched: ${report.policyPack.plugins.join(', ') || '(none)'}`);
    for (const x of report.policyPack.changes) lines.push(`  ${x.field} ${x.change}: ${x.detail}${x.breaking ? ' (breaking)' : ''}`);
  }
  lines.push(report.summary);
  return lines.join('\n');
}
