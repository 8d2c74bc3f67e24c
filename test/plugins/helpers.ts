import { runPipeline } from '../../generators/index';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic';
import type { Catalog } from '../../generators/model/catalog';
import { bundledSources, readerOf } from '../helpers/fixture-reader';

export const PACK = 'registry/policy-pack.json';
export const specPath = (name: string): string => `registry/plugins/${name}/plugin.spec.json`;

/** The bundled sources with some files replaced (JSON values are serialised) or removed (`undefined`). */
export function sourcesWith(changes: Readonly<Record<string, unknown>> = {}): Record<string, string> {
  const files = bundledSources();
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) delete files[path];
    else files[path] = typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n';
  }
  return files;
}

export function readJson<T = Record<string, unknown>>(files: Readonly<Record<string, string>>, path: string): T {
  const text = files[path];
  if (text === undefined) throw new Error(`${path} is not among the sources`);
  return JSON.parse(text) as T;
}

export async function render(files: Readonly<Record<string, string>>): Promise<{ catalog: Catalog; planned: ReadonlyMap<string, string> }> {
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(`sources have problems:\n${formatDiagnostics(result.diagnostics)}`);
  return { catalog: result.catalog, planned: result.planned };
}

export async function diagnosticsOf(files: Readonly<Record<string, string>>): Promise<Diagnostic[]> {
  const result = await runPipeline(readerOf(files));
  return result.ok ? [] : [...result.diagnostics];
}

/** A deep copy of a bundled spec, edited by `edit`. */
export function editedSpec(name: string, edit: (spec: Record<string, any>) => void): Record<string, unknown> {
  const spec = readJson<Record<string, any>>(bundledSources(), specPath(name));
  edit(spec);
  return spec;
}
