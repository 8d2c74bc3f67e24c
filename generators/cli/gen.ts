import { resolve } from 'node:path';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { diff } from '../emit/drift';
import { write } from '../emit/write';
import { runPipeline } from '../index';
import type { ValidateOptions } from '../validate';
import { diskReader } from '../load/source-reader';
import { hasFlag, optionValue, runCli } from './run-cli';

const HELP = `Usage: npm run gen [-- --root <dir>]

Validates every source (adr/, schemas/, registry/) and regenerates the files
in the generator-owned folders. Writes only files whose content changed,
removes orphans, and writes nothing at all when any source has a problem.`;

export async function gen(argv: readonly string[], options: ValidateOptions = {}): Promise<number> {
  if (hasFlag(argv, '--help')) {
    console.log(HELP);
    return 0;
  }
  const root = resolve(optionValue(argv, '--root') ?? process.cwd());
  const result = await runPipeline(diskReader(root), options);
  if (!result.ok) {
    console.error(formatDiagnostics(result.diagnostics));
    return 1;
  }
  const { written, removed } = write(root, result.planned, diff(root, result.planned));
  for (const path of written) console.log(`wrote   ${path}`);
  for (const path of removed) console.log(`removed ${path}`);
  console.log(
    `gen: ${result.sourceCount} sources valid; ${result.planned.size} files planned, ${written.length} written, ${removed.length} removed.`,
  );
  return 0;
}

if (require.main === module) runCli((argv) => gen(argv));
