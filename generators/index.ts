import { Memo, withMemo } from './cache/memo';
import { loadCatalog, type CatalogOptions } from './catalog';
import type { Diagnostic } from './diagnostics/diagnostic';
import type { SourceReader } from './load/source-reader';
import type { Catalog } from './model/catalog';
import type { PlannedFiles } from './render/generator';
import { render } from './render';

export type PipelineResult =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly sourceCount: number }
  | {
      readonly ok: true;
      readonly catalog: Catalog;
      readonly planned: PlannedFiles;
      readonly sourceCount: number;
      readonly warnings: readonly Diagnostic[];
    };

/**
 * load → validate → model (`loadCatalog`) → render. Emit (write or compare) is left
 * to the caller: `gen`, `check` and the Docusaurus validator plugin all pass the
 * plan to generators/emit.
 */
export async function runPipeline(reader: SourceReader, options: CatalogOptions = {}): Promise<PipelineResult> {
  const memo = options.memo ?? new Memo();
  const loaded = loadCatalog(reader, { ...options, memo });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, sourceCount: loaded.sourceCount };
  const planned = await withMemo(memo, () => render(loaded.catalog));
  return { ok: true, catalog: loaded.catalog, planned, sourceCount: loaded.sourceCount, warnings: loaded.warnings };
}
