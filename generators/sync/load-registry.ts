import type { ValidateFunction } from 'ajv';
import type { Project, Registry, SourcesLock } from '../../src/types/sources';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { attachPositions } from '../diagnostics/attach-positions';
import { readSources } from '../load/read-sources';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { diskReader } from '../load/source-reader';
import { DEFAULT_MANIFEST_FILE, manifestName } from '../model/registry-view';
import { createAjv } from '../validate/create-ajv';
import type { Located } from '../validate/validated-sources';
import { validateShapes } from '../validate/validate-shapes';

export interface RepoRegistry {
  readonly registry: Located<Registry>;
  readonly manifestFile: string;
  /** Valid manifests in registry/projects/, by member (file) name. */
  readonly projects: ReadonlyMap<string, Located<Project>>;
  /** registry/sources.lock.json when present and valid (see `sourcesLockProblems`). */
  readonly sourcesLock: Located<SourcesLock> | undefined;
  /** Why registry/sources.lock.json was refused, when it exists but is not valid. */
  readonly sourcesLockProblems: readonly Diagnostic[];
  /** The member-manifest meta-schema, compiled with the one Ajv configuration. */
  readonly validateProject: ValidateFunction;
  /** Positions for diagnostics about files of this repo. */
  readonly locate: (d: readonly Diagnostic[]) => Diagnostic[];
}

/**
 * What sync needs from this repo: the registry (shape-valid), the manifest file
 * name member repos use, and the project meta-schema. Reuses load and the shape
 * validator; the cross-file rules are left to the pipeline run after sync, since
 * sync may be what fixes them.
 */
export function loadRegistry(root: string): { ok: true; value: RepoRegistry } | { ok: false; diagnostics: Diagnostic[] } {
  const loaded = readSources(diskReader(root));
  const shapes = validateShapes(createAjv(), loaded);
  const locate = (d: readonly Diagnostic[]): Diagnostic[] => attachPositions(d, loaded.files);
  const registry = shapes.sources.registry;
  const projectMeta = loaded.meta.get('project')?.value;
  if (registry === undefined || projectMeta === undefined || typeof projectMeta !== 'object') {
    const relevant = [...loaded.diagnostics, ...shapes.diagnostics].filter((d) => d.file === SOURCE_LAYOUT.registry || d.file.startsWith(SOURCE_LAYOUT.metaDir));
    return { ok: false, diagnostics: locate(relevant) };
  }
  const manifestFile = registry.doc.manifestFile ?? DEFAULT_MANIFEST_FILE;
  if (manifestFile === '.' || manifestFile === '..') {
    // The meta-schema's pattern admits them; as a file name inside a checkout they name a folder.
    return {
      ok: false,
      diagnostics: locate([
        diagnostic('SYNC_MANIFEST_FILE_INVALID', registry.file, '/manifestFile', `"${manifestFile}" is not a file name.`, `Name the file member repos keep at their root, e.g. "${DEFAULT_MANIFEST_FILE}".`),
      ]),
    };
  }
  return {
    ok: true,
    value: {
      registry,
      manifestFile,
      projects: new Map(shapes.sources.projects.map((p) => [manifestName(p.file), p])),
      sourcesLock: shapes.sources.sourcesLock,
      sourcesLockProblems: locate([...loaded.diagnostics, ...shapes.diagnostics].filter((d) => d.file === SOURCE_LAYOUT.sourcesLock)),
      validateProject: createAjv().compile(projectMeta as object),
      locate,
    },
  };
}
