import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import { runPipeline } from '../../generators/index';
import { bundledSources, metaSchemaFiles, readerOf, readTree, REPO_ROOT } from './fixture-reader';

export const GOLDEN_DIR = join(REPO_ROOT, 'test', 'fixtures', 'golden');
export const FAILING_DIR = join(REPO_ROOT, 'test', 'fixtures', 'failing');

export function caseNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
}

/** Golden case: `sources/` (everything but the meta-schemas) → `expected/` (the planned tree). */
export async function renderGoldenCase(name: string): Promise<Record<string, string>> {
  const files = { ...metaSchemaFiles(), ...readTree(join(GOLDEN_DIR, name, 'sources')) };
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(`golden case ${name} has problems:\n${formatDiagnostics(result.diagnostics)}`);
  return Object.fromEntries(result.planned);
}

/**
 * Failing case: the bundled example with `overlay/` files laid over it and the
 * paths in `remove.txt` taken out; `expected.txt` is the formatted diagnostics.
 */
export function failingCaseSources(name: string): Record<string, string> {
  const dir = join(FAILING_DIR, name);
  const files: Record<string, string> = { ...bundledSources(), ...readTree(join(dir, 'overlay')) };
  const removeFile = join(dir, 'remove.txt');
  if (existsSync(removeFile)) {
    for (const line of readFileSync(removeFile, 'utf8').split('\n')) {
      const path = line.trim();
      if (path === '') continue;
      if (!(path in files)) throw new Error(`failing case ${name}: remove.txt names ${path}, which does not exist`);
      delete files[path];
    }
  }
  return files;
}

export async function failingCaseOutput(name: string): Promise<string> {
  const result = await runPipeline(readerOf(failingCaseSources(name)));
  if (!result.ok) return formatDiagnostics(result.diagnostics) + '\n';
  return result.warnings.length === 0 ? '(no diagnostics)\n' : formatDiagnostics(result.warnings) + '\n';
}
