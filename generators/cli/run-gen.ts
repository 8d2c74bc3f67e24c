import { runWithCache } from '../cache/run-with-cache';
import { problemsSummary } from '../diagnostics/format-diagnostics';
import { diff } from '../emit/drift';
import { write } from '../emit/write';
import type { ValidateOptions } from '../validate';
import { gateReport, type GateReport } from './gate-report';

/**
 * `npm run gen`'s work, as a report: validate, then write the changed generated
 * files and remove orphans through the one emit module, or write nothing when a
 * source has a problem. The gen command prints it; the dev server's preview runs
 * it on every source edit.
 */
export async function runGenReport(root: string, options: ValidateOptions = {}, useCache = true): Promise<GateReport> {
  const run = await runWithCache(root, options, useCache);
  if (run.kind === 'up-to-date') {
    return gateReport({ ok: true, summary: `gen: ${run.sourceCount} sources valid; ${run.plannedCount} files planned, 0 written, 0 removed (unchanged since the last run).`, diagnostics: run.warnings });
  }
  const result = run.result;
  if (!result.ok) return gateReport({ ok: false, summary: `gen: ${problemsSummary(result.diagnostics)}`, diagnostics: result.diagnostics });
  const { written, removed } = write(root, result.planned, diff(root, result.planned));
  const summary = `gen: ${result.sourceCount} sources valid; ${result.planned.size} files planned, ${written.length} written, ${removed.length} removed; ${run.steps.computed} of ${run.steps.total} rendering steps recomputed.`;
  return gateReport({ ok: true, summary, diagnostics: result.warnings, written, removed });
}
