import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from '../../generators/util/walk-files';
import { memoryReader, type SourceReader } from '../../generators/load/source-reader';
import { ownerOf } from '../../generators/emit/owned-dirs';
import { SOURCE_ROOTS } from '../../generators/load/source-layout';

export const REPO_ROOT = join(__dirname, '..', '..');

/** Every file under `dir`, keyed by POSIX path relative to `dir`. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of walkFiles(dir).files) out[path] = readFileSync(join(dir, path), 'utf8');
  return out;
}

/** The repo's meta-schemas: fixtures use the real ones, so a meta-schema change shows in the fixtures. */
export function metaSchemaFiles(): Record<string, string> {
  return prefix('schemas/meta', readTree(join(REPO_ROOT, 'schemas', 'meta')));
}

/** The bundled example's hand-authored sources (adr/, schemas/, registry/) and hand-written pages, in memory. */
export function bundledSources(): Record<string, string> {
  const pages = Object.fromEntries(Object.entries(prefix('docs', readTree(join(REPO_ROOT, 'docs')))).filter(([path]) => ownerOf(path) === undefined));
  return Object.assign({}, ...SOURCE_ROOTS.map((root) => prefix(root, readTree(join(REPO_ROOT, root)))), pages);
}

export function readerOf(files: Readonly<Record<string, string>>): SourceReader {
  return memoryReader(files);
}

export function prefix(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [`${dir}/${k}`, v]));
}
