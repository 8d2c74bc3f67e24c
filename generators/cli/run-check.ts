import { runWithCache } from '../cache/run-with-cache';
import { diff, isClean, type Drift } from '../emit/drift';
import { gateReport, type GateReport } from './gate-report';
import { problemsSummary } from '../diagnostics/format-diagnostics';

/**
 * `npm run check`'s verdict, as a report: the sources validated and every
 * generated file compared with what they generate, nothing written. The check
 * command prints it; the MCP server's check_sources answers with it.
 */
export async function runCheck(root: string, useCache = true): Promise<{ readonly report: GateReport; readonly drift?: Drift }> {
  const run = await runWithCache(root, {}, useCache);
  if (run.kind === 'up-to-date') {
    return { report: gateReport({ ok: true, summary: `check: ${run.sourceCount} sources valid; ${run.plannedCount} generated files up to date.`, diagnostics: run.warnings }) };
  }
  const result = run.result;
  if (!result.ok) return { report: gateReport({ ok: false, summary: `check: ${problemsSummary(result.diagnostics)}`, diagnostics: result.diagnostics }) };
  const drift = diff(root, result.planned);
  const clean = isClean(drift);
  const n = drift.missing.length + drift.changed.length + drift.orphaned.length;
  const summary = clean
    ? `check: ${result.sourceCount} sources valid; ${result.planned.size} generated files up to date.`
    : `check: ${result.sourceCount} sources valid; ${n} of ${result.planned.size} generated files out of date.`;
  return { report: gateReport({ ok: clean, summary, diagnostics: result.warnings, drift }), drift };
}
