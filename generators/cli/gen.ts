import { resolve } from 'node:path';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { diff } from '../emit/drift';
import { write } from '../emit/write';
import { memoStats } from '../cache/memo';
import { runWithCache } from '../cache/run-with-cache';
import type { ValidateOptions } from '../validate';
import { hasFlag, optionValue, runCli } from './run-cli';

const HELP = `Usage: npm run gen [-- --root <dir>] [-- --no-cache]

Validates every source (adr/, schemas/, registry/) and regenerates the files
in the generator-owned folders. Writes only files whose content changed,
removes orphans, and writes nothing at all when any source has a problem.
Unchanged work is reused from .cache-ops/ (safe to delete); --no-cache ignores it.`;

export async function gen(argv: readonly string[], options: ValidateOptions = {}): Promise<number> {
  if (hasFlag(argv, '--help')) {
    console.log(HELP);
    return 0;
  }
  const root = resolve(optionValue(argv, '--root') ?? process.cwd());
  const run = await runWithCache(root, options, !hasFlag(argv, '--no-cache'));
  if (run.kind === 'up-to-date') {
    console.log(`gen: ${run.sourceCount} sources valid; ${run.plannedCount} files planned, 0 written, 0 removed (unchanged since the last run).`);
    return 0;
  }
  const result = run.result;
  if (!result.ok) {
    console.error(formatDiagnostics(result.diagnostics));
    return 1;
  }
  const { written, removed } = write(root, result.planned, diff(root, result.planned));
  for (const path of written) console.log(`wrote   ${path}`);
  for (const path of removed) console.log(`removed ${path}`);
  const steps = memoStats();
  console.log(
    `gen: ${result.sourceCount} sources valid; ${result.planned.size} files planned, ${written.length} written, ${removed.length} removed; ${steps.computed} of ${steps.total} rendering steps recomputed.`,
  );
  return 0;
}

if (require.main === module) runCli((argv) => gen(argv));
