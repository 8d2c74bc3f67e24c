import { attachPositions } from './diagnostics/attach-positions';
import type { Diagnostic } from './diagnostics/diagnostic';
import { readSources } from './load/read-sources';
import type { SourceReader } from './load/source-reader';
import { buildCatalog } from './model/build-catalog';
import type { Catalog } from './model/catalog';
import type { PlannedFiles } from './render/generator';
import { render } from './render';
import { validate, type ValidateOptions } from './validate';

export type PipelineResult =
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: true; readonly catalog: Catalog; readonly planned: PlannedFiles; readonly sourceCount: number };

/**
 * load → validate → model → render. Emit (write or compare) is left to the caller:
 * `gen`, `check` and the Docusaurus validator plugin all pass the plan to generators/emit.
 */
export async function runPipeline(reader: SourceReader, options: ValidateOptions = {}): Promise<PipelineResult> {
  const loaded = readSources(reader);
  const validated = validate(loaded, options);
  const diagnostics = attachPositions([...loaded.diagnostics, ...validated.diagnostics], loaded.files);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const catalog = buildCatalog(validated.sources);
  const planned = await render(catalog);
  return { ok: true, catalog, planned, sourceCount: loaded.files.size };
}
