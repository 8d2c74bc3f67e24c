import { resolve } from 'node:path';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { diff, isClean } from '../emit/drift';
import { formatDrift } from '../emit/format-drift';
import { runPipeline } from '../index';
import { diskReader } from '../load/source-reader';
import { hasFlag, optionValue, runCli } from './run-cli';

const HELP = `Usage: npm run check [-- --root <dir>] [-- --json]

Validates every source and compares the generated files with what the sources
generate. Writes nothing. Exits 1 on any source problem or any missing, changed
or orphaned generated file; --json prints the same findings as JSON.`;

export async function check(argv: readonly string[]): Promise<number> {
  if (hasFlag(argv, '--help')) {
    console.log(HELP);
    return 0;
  }
  const json = hasFlag(argv, '--json');
  const root = resolve(optionValue(argv, '--root') ?? process.cwd());
  const result = await runPipeline(diskReader(root));
  if (!result.ok) {
    if (json) console.log(JSON.stringify({ ok: false, diagnostics: result.diagnostics }, null, 2));
    else console.error(formatDiagnostics(result.diagnostics));
    return 1;
  }
  const drift = diff(root, result.planned);
  const clean = isClean(drift);
  if (json) console.log(JSON.stringify({ ok: clean, diagnostics: [], drift }, null, 2));
  else if (!clean) console.error(formatDrift(drift));
  else console.log(`check: ${result.sourceCount} sources valid; ${result.planned.size} generated files up to date.`);
  return clean ? 0 : 1;
}

if (require.main === module) runCli(check);
