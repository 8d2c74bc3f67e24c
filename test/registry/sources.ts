import { formatDiagnostic } from '../../generators/diagnostics/format-diagnostics';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic';
import { runPipeline } from '../../generators/index';
import type { Catalog } from '../../generators/model/catalog';
import type { PlannedFiles } from '../../generators/render/generator';
import { bundledSources, readerOf } from '../helpers/fixture-reader';

export type Files = Record<string, string>;
type Json = Record<string, unknown>;

/** The bundled example with the JSON file at `path` changed by `edit` (or created when missing). */
export function editJson(files: Files, path: string, edit: (doc: Json) => void): Files {
  const doc = (files[path] === undefined ? {} : JSON.parse(files[path])) as Json;
  edit(doc);
  return { ...files, [path]: JSON.stringify(doc, null, 2) + '\n' };
}

/** A chain of edits over the bundled example. */
export function bundledWith(...edits: Array<(files: Files) => Files>): Files {
  return edits.reduce((files, edit) => edit(files), bundledSources());
}

export const manifest = (name: string, edit: (doc: Json) => void) => (files: Files): Files => editJson(files, `registry/projects/${name}.json`, edit);
export const registry = (edit: (doc: Json) => void) => (files: Files): Files => editJson(files, 'registry/registry.json', edit);
export const contract = (id: string, edit: (doc: Json) => void) => (files: Files): Files => editJson(files, `schemas/contracts/${id}.schema.json`, edit);

/** A manifest for a new member, valid and admissible, that callers then adjust. */
export function newMember(name: string, extra: Json = {}): Json {
  return {
    $schema: '../../schemas/meta/project.schema.json',
    name,
    summary: `${name} for a test.`,
    role: { kind: 'consumer', bus: 'chunks' },
    layer: 'knowledge',
    inputs: [],
    outputs: [{ contract: 'run_record.v1', artifact: 'Run record', path: 'runs/{run_id}.json', requiredWhenEmpty: true }],
    entrypoints: [{ name: 'run', command: `${name} run` }],
    smokeTest: { command: `${name} run --empty`, description: 'Runs on empty input.' },
    runRecords: 'runs/',
    dependsOn: [],
    ...extra,
  };
}

/** Adds a member to the registry and writes its manifest. */
export const addMember = (name: string, doc: Json | undefined, entry: Json = {}) => (files: Files): Files => {
  const withEntry = editJson(files, 'registry/registry.json', (r) => {
    (r['members'] as Json)[name] = { repo: `https://git.example.org/pipeline/${name}`, ...entry };
  });
  return doc === undefined ? withEntry : { ...withEntry, [`registry/projects/${name}.json`]: JSON.stringify(doc, null, 2) + '\n' };
};

export async function diagnosticsOf(files: Files): Promise<Diagnostic[]> {
  const result = await runPipeline(readerOf(files));
  return result.ok ? [] : [...result.diagnostics];
}

export async function pipelineOk(files: Files): Promise<{ catalog: Catalog; planned: PlannedFiles }> {
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return { catalog: result.catalog, planned: result.planned };
}

/** `CODE file#pointer`, the part of a diagnostic a test pins down. */
export const where = (d: Diagnostic): string => `${d.code} ${d.file}${d.pointer === '' ? '' : `#${d.pointer}`}`;
