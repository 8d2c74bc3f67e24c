import { Memo, withMemo } from './cache/memo';
import { attachPositions } from './diagnostics/attach-positions';
import { isWarning, type Diagnostic } from './diagnostics/diagnostic';
import { readSources } from './load/read-sources';
import type { SourceFile } from './load/source-file';
import type { SourceReader } from './load/source-reader';
import { buildCatalog } from './model/build-catalog';
import type { Catalog } from './model/catalog';
import { validate, type ValidateOptions } from './validate';

export interface CatalogOptions extends ValidateOptions {
  /** The memo this run's memoised steps use; a fresh one (nothing shared) when absent. */
  readonly memo?: Memo;
}

interface Loaded {
  /** Every source read, by repo-relative path (for positions and for tools that show source lines). */
  readonly files: ReadonlyMap<string, SourceFile>;
  readonly sourceCount: number;
}

export type CatalogResult =
  | (Loaded & { readonly ok: false; readonly diagnostics: readonly Diagnostic[] })
  | (Loaded & { readonly ok: true; readonly catalog: Catalog; readonly warnings: readonly Diagnostic[] });

/**
 * The one library entry point to the manual as data: load → validate → model over
 * any `SourceReader` (disk, memory, a git tree). gen, check and the build plugin
 * reach it through `runPipeline`; every other consumer (verify, the MCP server,
 * impact, sync) calls it directly and never reads a source itself.
 */
export function loadCatalog(reader: SourceReader, options: CatalogOptions = {}): CatalogResult {
  const memo = options.memo ?? new Memo();
  return withMemo(memo, () => {
    const loaded = readSources(reader);
    const validated = validate(loaded, options);
    const all = attachPositions([...loaded.diagnostics, ...validated.diagnostics], loaded.files);
    const diagnostics = all.filter((d) => !isWarning(d));
    const base = { files: loaded.files, sourceCount: loaded.files.size };
    // Warnings travel with the errors when there are errors, so nothing the author should see is lost.
    if (diagnostics.length > 0) {
      memo.markCatalogPhase();
      return { ...base, ok: false, diagnostics: all };
    }
    const catalog = buildCatalog(validated.sources);
    memo.markCatalogPhase();
    return { ...base, ok: true, catalog, warnings: all };
  });
}
