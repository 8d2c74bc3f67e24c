import { resolve } from 'node:path';
import { runWithCache } from '../cache/run-with-cache';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { diff, isClean } from '../emit/drift';
import { formatDrift } from '../emit/format-drift';
import { hasFlag, optionValue, runCli } from './run-cli';

const HELP = `Usage: npm run check [-- --root <dir>] [-- --json] [-- --no-cache]

Validates every source and compares the generated files with what the sources
generate. Writes no generated file. Exits 1 on any source problem or any
missing, changed or orphaned generated file; --json prints the same findings
as JSON. When sources and code are unchanged since the last run, the plan is
taken from .cache-ops/ and only the generated files are re-read and hashed;
--no-cache runs everything.`;

export async function check(argv: readonly string[]): Promise<number> {
  if (hasFlag(argv, '--help')) {
    console.log(HELP);
    return 0;
  }
  const json = hasFlag(argv, '--json');
  const root = resolve(optionValue(argv, '--root') ?? process.cwd());
  const run = await runWithCache(root, {}, !hasFlag(argv, '--no-cache'));
  if (run.kind === 'up-to-date') {
    if (json) console.log(JSON.stringify({ ok: true, diagnostics: [], drift: { missing: [], changed: [], orphaned: [] } }, null, 2));
    else console.log(`check: ${run.sourceCount} sources valid; ${run.plannedCount} generated files up to date.`);
    return 0;
  }
  const result = run.result;
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
