import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic';
import { nearestWord } from '../util/nearest-word';
import { madrSuccessors } from './madr-successors';
import type { LoadedSources } from '../load/read-sources';
import type { JsonSource } from '../load/source-file';
import { ajvDiagnostics } from './ajv-diagnostics';
import type { AdrDoc, Located, MetaSchema, PageDoc, ValidatedSources } from './validated-sources';

/** Meta-schema name for each kind of source. */
export const META_FOR = {
  registry: 'registry',
  project: 'project',
  contract: 'contract',
  contractsLock: 'contracts-lock',
  errorTaxonomy: 'error-taxonomy',
  policyPack: 'policy-pack',
  sourcesLock: 'sources-lock',
  pluginSpec: 'plugin-spec',
  adr: 'adr',
  page: 'page',
} as const;

/**
 * Validates every parsed source against its meta-schema in schemas/meta/ (the same
 * files editors use). Documents that fail are reported and left out of the result.
 */
export function validateShapes(
  ajv: Ajv2020,
  loaded: LoadedSources,
): { sources: ValidatedSources; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<string>();
  // One diagnostic per missing meta-schema, not one per file that needed it.
  const missingMeta = new Set<string>();
  const metaMissing = (kind: string): void => {
    // A meta-schema that does not compile was reported as META_SCHEMA_INVALID already.
    if (missingMeta.has(kind) || loaded.meta.has(kind)) return;
    missingMeta.add(kind);
    const file = `schemas/meta/${kind}.schema.json`;
    diagnostics.push(diagnostic('META_SCHEMA_MISSING', file, '', `The meta-schema ${file} is missing, so no source of this kind can be checked.`, `Restore ${file} from the repository's history.`));
  };
  const meta: MetaSchema[] = [];
  const validators = new Map<string, ValidateFunction>();
  for (const [name, source] of loaded.meta) {
    if (!isObject(source.value)) continue;
    meta.push({ name, file: source.path, schema: source.value });
    try {
      validators.set(name, ajv.compile(source.value));
    } catch (e) {
      diagnostics.push(
        diagnostic('META_SCHEMA_INVALID', source.path, '', `The meta-schema does not compile: ${(e as Error).message}.`, 'Fix the meta-schema; every source of this kind is checked against it.'),
      );
    }
  }

  const check = <T>(kind: string, source: JsonSource | undefined): Located<T> | undefined => {
    if (source === undefined) return undefined;
    const checked = checkOne<T>(kind, source);
    if (checked === undefined) rejected.add(source.path);
    return checked;
  };
  const checkOne = <T>(kind: string, source: JsonSource): Located<T> | undefined => {
    if (source.value === undefined) return undefined;
    const validate = validators.get(kind);
    if (validate === undefined) {
      metaMissing(kind);
      return undefined;
    }
    if (validate(source.value)) return { file: source.path, doc: source.value as T };
    diagnostics.push(...ajvDiagnostics('SOURCE_SCHEMA_VIOLATION', source.path, validate.errors, `schemas/meta/${kind}.schema.json`));
    return undefined;
  };
  const all = <T>(kind: string, sources: readonly JsonSource[]): Array<Located<T>> =>
    sources.map((s) => check<T>(kind, s)).filter((x): x is Located<T> => x !== undefined);

  /** Markdown sources (ADRs, pages): their front matter against its meta-schema; the body is kept as written. */
  const withFrontMatter = <D>(kind: string, code: string, what: string, loadedDocs: ReadonlyArray<{ file: { path: string }; frontMatter: unknown; body: string; bodyLine: number; supersededBy?: number }>) => {
    const out: Array<{ file: string; doc: D; body: string; bodyLine: number; supersededBy?: number }> = [];
    const validate = validators.get(kind);
    const fields = Object.keys((loaded.meta.get(kind)?.value as { properties?: object } | undefined)?.properties ?? {});
    for (const source of loadedDocs) {
      if (source.frontMatter === undefined) {
        rejected.add(source.file.path);
        continue;
      }
      if (validate === undefined) {
        rejected.add(source.file.path);
        metaMissing(kind);
        continue;
      }
      if (validate(source.frontMatter)) {
        out.push({ file: source.file.path, doc: source.frontMatter as D, body: source.body, bodyLine: source.bodyLine, ...(source.supersededBy === undefined ? {} : { supersededBy: source.supersededBy }) });
      } else {
        rejected.add(source.file.path);
        diagnostics.push(...ajvDiagnostics(code, source.file.path, validate.errors, `${what} (schemas/meta/${kind}.schema.json)`).map((d) => withDidYouMean(d, fields)));
      }
    }
    return out;
  };
  const adrs: AdrDoc[] = madrSuccessors(withFrontMatter<AdrDoc['doc']>(META_FOR.adr, 'ADR_FRONT_MATTER_INVALID', 'the ADR front matter', loaded.adrs));
  const pages: PageDoc[] = withFrontMatter<PageDoc['doc']>(META_FOR.page, 'PAGE_FRONT_MATTER_INVALID', 'the page front matter', loaded.pages);

  const sources: ValidatedSources = {
    meta,
    registry: check(META_FOR.registry, loaded.registry),
    projects: all(META_FOR.project, loaded.projects),
    contracts: all(META_FOR.contract, loaded.contracts),
    lock: check(META_FOR.contractsLock, loaded.lock),
    errorTaxonomy: check(META_FOR.errorTaxonomy, loaded.errorTaxonomy),
    policyPack: check(META_FOR.policyPack, loaded.policyPack),
    sourcesLock: check(META_FOR.sourcesLock, loaded.sourcesLock),
    plugins: all(META_FOR.pluginSpec, loaded.plugins),
    adrs,
    pages,
    rejected: new Set([...rejected, ...loaded.rejected]),
  };
  return { sources, diagnostics };
}

/** An unknown top-level field one or two edits from a known one (`decision-maker`) names it in the fix. */
function withDidYouMean(d: Diagnostic, fields: readonly string[]): Diagnostic {
  const unknown = /^Unknown field "([^"]*)"\.$/.exec(d.message)?.[1];
  if (unknown === undefined || d.pointer !== pointerOf(unknown)) return d;
  const near = nearestWord(unknown, fields);
  return near === undefined ? d : { ...d, hint: `Did you mean "${near}"? ${d.hint ?? ''}`.trimEnd() };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
