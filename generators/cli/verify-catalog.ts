import { loadCatalog } from '../catalog';
import { formatDiagnostics, problemsSummary } from '../diagnostics/format-diagnostics';
import { diskReader } from '../load/source-reader';
import type { Catalog } from '../model/catalog';
import { printVerifyReport, type VerifyReport } from '../verify/verify-report';
import type { OutputFormat } from './command';

/**
 * The manual's catalog for verify, through the one entry point. When the sources
 * have problems they are printed (as check prints them) and nothing is verified.
 */
export function catalogForVerify(root: string, command: VerifyReport['command'], format: OutputFormat): Catalog | undefined {
  const result = loadCatalog(diskReader(root));
  if (result.ok) return result.catalog;
  const summary = `verify: the manual's sources have problems; nothing was verified. ${problemsSummary(result.diagnostics)}`;
  if (format === 'text') {
    console.error(formatDiagnostics(result.diagnostics));
    console.error(summary);
  } else printVerifyReport({ ok: false, command, status: 'sources-invalid', summary, diagnostics: result.diagnostics }, format);
  return undefined;
}
