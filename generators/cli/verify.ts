import { loadCatalogMemo } from '../cache/memo-file';
import { loadCatalog } from '../catalog';
import { formatDiagnostics, problemsSummary } from '../diagnostics/format-diagnostics';
import { diskReader } from '../load/source-reader';
import { catalogVerifyManual } from '../verify/catalog-manual';
import { verifyCommand } from '../verify/commands/verify-command';
import type { VerifyHost } from '../verify/commands/verify-host';
import { printVerifyReport } from '../verify/verify-report';
import { rootOf } from './command';
import { runCli } from './run-cli';

/**
 * `npm run verify`: the manual is this checkout's (or `--root`'s) catalog,
 * through the one entry point. When the sources have problems they are printed
 * (as check prints them) and nothing is verified.
 */
const manualHost: VerifyHost = {
  invocation: 'npm run verify --',
  options: { root: { type: 'string' } },
  optionsHelp: ["  --root <dir>        the manual's folder (default: the current folder)"],
  optionsUsage: ' [--root <dir>]',
  manual(values, command, format) {
    const root = rootOf(values['root'] as string | undefined);
    // Starts from what the last gen or check here computed (read, never written).
    const result = loadCatalog(diskReader(root), { memo: loadCatalogMemo(root) });
    if (result.ok) return catalogVerifyManual(result.catalog);
    const summary = `verify: the manual's sources have problems; nothing was verified. ${problemsSummary(result.diagnostics)}`;
    if (format === 'text') {
      console.error(formatDiagnostics(result.diagnostics));
      console.error(summary);
    } else printVerifyReport({ ok: false, command, status: 'sources-invalid', summary, diagnostics: result.diagnostics }, format);
    return undefined;
  },
};

export const verify = verifyCommand(manualHost);

if (require.main === module) runCli(verify);
