import { join } from 'node:path';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import { runPipeline } from '../../generators/index';
import { SOURCE_LAYOUT } from '../../generators/load/source-layout';
import type { Catalog } from '../../generators/model/catalog';
import { bundledSources, prefix, readerOf, readTree, REPO_ROOT } from '../helpers/fixture-reader';

/** The bundled example's sources with its hand-written pages (docs/*.md, docs/*.mdx). */
export function bundledSourcesWithPages(): Record<string, string> {
  const docs = readTree(join(REPO_ROOT, SOURCE_LAYOUT.docsDir));
  const pages = Object.fromEntries(Object.entries(docs).filter(([path]) => !path.includes('/') && /\.mdx?$/.test(path)));
  return { ...bundledSources(), ...prefix(SOURCE_LAYOUT.docsDir, pages) };
}

/** The catalog and plan of a tree of sources; throws with the diagnostics when it has problems. */
export async function planOf(files: Readonly<Record<string, string>>): Promise<{ catalog: Catalog; planned: ReadonlyMap<string, string> }> {
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(`the sources have problems:\n${formatDiagnostics(result.diagnostics)}`);
  return { catalog: result.catalog, planned: result.planned };
}
