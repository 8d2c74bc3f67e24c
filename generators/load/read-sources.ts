import { memoized } from '../cache/memo';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { jsonStructureProblems } from './json-structure';
import { parseAdrSource, type AdrSource } from './adr-source';
import { longParagraphs } from './long-paragraphs';
import { parsePageSource, type PageSource } from './page-source';
import { parseJsonSource, type JsonSource, type SourceFile } from './source-file';
import { PAGE_FILE, SOURCE_LAYOUT } from './source-layout';
import { SOURCE_LIMITS } from './source-limits';
import type { SourceReader } from './source-reader';
import { SourceRejected, symlinkRefusal, tooLarge } from './source-rejected';

export interface LoadedSources {
  /** Meta-schemas by name (`registry` for `schemas/meta/registry.schema.json`). */
  readonly meta: ReadonlyMap<string, JsonSource>;
  readonly registry: JsonSource | undefined;
  readonly projects: readonly JsonSource[];
  readonly contracts: readonly JsonSource[];
  readonly lock: JsonSource | undefined;
  readonly errorTaxonomy: JsonSource | undefined;
  readonly policyPack: JsonSource | undefined;
  /** Absent until a member is synced from git. */
  readonly sourcesLock: JsonSource | undefined;
  readonly plugins: readonly JsonSource[];
  readonly adrs: readonly AdrSource[];
  /** Hand-written pages directly in docs/. */
  readonly pages: readonly PageSource[];
  /** Every file read, by path, for mapping diagnostics to line:column. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** Files the reader refused to hand over (symlinks, too large, not UTF-8). */
  readonly rejected: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
}

const META_FILE = /^([a-z][a-z0-9-]*)\.schema\.json$/;
const CONTRACT_FILE = /^(.+)\.schema\.json$/;
const PROJECT_FILE = /^(.+)\.json$/;
const ADR_FILE = /^(.+)\.md$/;

/** Load: read and parse every source, keeping positions. Reads nothing outside the source folders. */
export function readSources(reader: SourceReader): LoadedSources {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, SourceFile>();
  const rejected = new Set<string>();

  /** The file's text as the reader hands it over, or undefined (a refusal becomes a diagnostic). */
  const read = (path: string): string | undefined => {
    let text: string | undefined;
    try {
      text = reader.read(path);
    } catch (e) {
      if (!(e instanceof SourceRejected)) throw e;
      rejected.add(path);
      diagnostics.push(diagnostic(e.code, path, '', e.message, e.hint));
      return undefined;
    }
    if (text === undefined) return undefined;
    // Readers other than the disk's (memory, git) hand over text; the same limit holds.
    if (text.length > SOURCE_LIMITS.fileBytes) {
      const refused = tooLarge(text.length);
      rejected.add(path);
      diagnostics.push(diagnostic(refused.code, path, '', refused.message, refused.hint));
      return undefined;
    }
    // A UTF-8 byte order mark is accepted and dropped; positions count from the first real character.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  const list = (dir: string): ReturnType<SourceReader['list']> => {
    try {
      return reader.list(dir);
    } catch (e) {
      if (!(e instanceof SourceRejected)) throw e;
      diagnostics.push(diagnostic(e.code, dir, '', e.message, e.hint));
      return [];
    }
  };
  const json = (path: string): JsonSource | undefined => {
    const text = read(path);
    if (text === undefined) return undefined;
    // Keyed by content: the second catalog of a comparison (impact) and a run after one edit scan only what changed.
    const parsed = parseJsonSource(path, text, (p, t) => memoized('json-structure', `${p}\0${t}`, () => jsonStructureProblems(p, t)));
    diagnostics.push(...parsed.diagnostics);
    files.set(path, parsed.source);
    return parsed.source;
  };
  const filesIn = (dir: string, pattern: RegExp, what: string): string[] => {
    const out: string[] = [];
    for (const entry of list(dir)) {
      const path = `${dir}/${entry.name}`;
      if (entry.isSymlink === true) {
        rejected.add(path);
        diagnostics.push(symlinkDiagnostic(path));
      }
      else if (!entry.isDirectory && pattern.test(entry.name)) out.push(path);
      else if (entry.name !== '.gitkeep' && entry.name !== 'README.md') {
        diagnostics.push(
          diagnostic('SOURCE_UNEXPECTED_FILE', path, '', `${dir}/ holds only ${what}; this entry would be ignored.`, `Rename it to match ${what} or move it out of ${dir}/.`),
        );
      }
    }
    return out;
  };

  const meta = new Map<string, JsonSource>();
  for (const path of filesIn(SOURCE_LAYOUT.metaDir, META_FILE, '<name>.schema.json meta-schemas')) {
    const source = json(path);
    const name = META_FILE.exec(path.slice(SOURCE_LAYOUT.metaDir.length + 1))?.[1];
    if (source !== undefined && name !== undefined) meta.set(name, source);
  }

  const registry = json(SOURCE_LAYOUT.registry);
  if (registry === undefined) {
    diagnostics.push(
      diagnostic('SOURCE_MISSING', SOURCE_LAYOUT.registry, '', 'The registry file is missing.', 'Create registry/registry.json listing the ecosystem members (see schemas/meta/registry.schema.json).'),
    );
  }
  const projects = present(filesIn(SOURCE_LAYOUT.projectsDir, PROJECT_FILE, '<member>.json manifests').map(json));
  const contracts = present(
    filesIn(SOURCE_LAYOUT.contractsDir, CONTRACT_FILE, '<contract-id>.schema.json contract schemas').map(json),
  );
  const lock = json(SOURCE_LAYOUT.contractsLock);
  const errorTaxonomy = json(SOURCE_LAYOUT.errorTaxonomy);
  const policyPack = json(SOURCE_LAYOUT.policyPack);
  const sourcesLock = json(SOURCE_LAYOUT.sourcesLock);

  const plugins: JsonSource[] = [];
  for (const entry of list(SOURCE_LAYOUT.pluginsDir)) {
    const dir = `${SOURCE_LAYOUT.pluginsDir}/${entry.name}`;
    if (entry.isSymlink === true) {
      rejected.add(`${dir}/${SOURCE_LAYOUT.pluginSpecFile}`);
      diagnostics.push(symlinkDiagnostic(dir));
      continue;
    }
    const specPath = `${dir}/${SOURCE_LAYOUT.pluginSpecFile}`;
    const spec = entry.isDirectory ? json(specPath) : undefined;
    if (spec !== undefined) plugins.push(spec);
    else if (entry.name !== 'README.md' && entry.name !== '.gitkeep') {
      diagnostics.push(
        diagnostic('SOURCE_UNEXPECTED_FILE', entry.isDirectory ? specPath : dir, '', entry.isDirectory ? 'This plugin folder has no plugin.spec.json.' : `${SOURCE_LAYOUT.pluginsDir}/ holds only one folder per plugin.`, 'Each plugin lives in registry/plugins/<PluginName>/plugin.spec.json; scaffold one with `npm run new -- plugin <PluginName> --event <Event>`.'),
      );
    }
  }

  /** A Markdown body with a paragraph over the limit is refused before anything parses it with GFM. */
  const withinParagraphLimit = (path: string, source: { readonly body: string; readonly bodyLine: number }): boolean => {
    const long = longParagraphs(path, source.body, source.bodyLine);
    if (long.length === 0) return true;
    diagnostics.push(...long);
    rejected.add(path);
    return false;
  };

  const adrs: AdrSource[] = [];
  for (const path of filesIn(SOURCE_LAYOUT.adrDir, ADR_FILE, 'NNNN-kebab-title.md ADRs')) {
    const text = read(path);
    if (text === undefined) continue;
    const parsed = parseAdrSource(path, text.replace(/\r\n?/g, '\n'));
    diagnostics.push(...parsed.diagnostics);
    files.set(path, parsed.source.file);
    if (withinParagraphLimit(path, parsed.source)) adrs.push(parsed.source);
  }

  // Only the files directly in docs/: its folders are generated, and anything else there is Docusaurus's business.
  const pages: PageSource[] = [];
  for (const entry of list(SOURCE_LAYOUT.docsDir)) {
    if (entry.isDirectory || !PAGE_FILE.test(entry.name)) continue;
    const path = `${SOURCE_LAYOUT.docsDir}/${entry.name}`;
    if (entry.isSymlink === true) {
      rejected.add(path);
      diagnostics.push(symlinkDiagnostic(path));
      continue;
    }
    const text = read(path);
    if (text === undefined) continue;
    const parsed = parsePageSource(path, text.replace(/\r\n?/g, '\n'));
    diagnostics.push(...parsed.diagnostics);
    files.set(path, parsed.source.file);
    if (withinParagraphLimit(path, parsed.source)) pages.push(parsed.source);
  }

  return { meta, registry, projects, contracts, lock, errorTaxonomy, policyPack, sourcesLock, plugins, adrs, pages, files, rejected, diagnostics };
}

function symlinkDiagnostic(path: string): Diagnostic {
  const refused = symlinkRefusal();
  return diagnostic(refused.code, path, '', refused.message, refused.hint);
}

function present<T>(items: ReadonlyArray<T | undefined>): T[] {
  return items.filter((x): x is T => x !== undefined);
}
