import type { RootContent } from 'mdast';
import { stringify } from 'yaml';
import { memoized } from '../../cache/memo';
import { sortKeys } from '../../util/canonical-json';
import { routeOfPage } from '../page-paths';
import { dataTablesPath, extractDataTables, serializeDataTables } from './data-tables';
import { renderMarkdownCopy } from './markdown-copy';
import { serializeMdx } from './serialize';

export interface Page {
  /** Docusaurus front matter; values are serialised as YAML, never spliced as text. */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/** The files of one MDX page or partial: the page itself and, when it has tables, their JSON module. */
export type RenderedFiles = ReadonlyArray<readonly [path: string, content: string]>;

/**
 * Serialises a page built as an mdast tree to `path`, with everything made from
 * the same tree: the page (the MDX extension escapes `{`, `<` and friends in
 * text nodes, so source text renders literally), its tables as a JSON module
 * beside it (see data-tables.ts), and its Markdown copy under static/ at the
 * page's URL plus `.md` (see markdown-copy.ts). The notice is a YAML comment
 * heading the front matter: the first thing anyone opening the file reads, and
 * nothing for the MDX compiler to parse.
 */
export function renderPage(path: string, page: Page): RenderedFiles {
  const route = routeOfPage(path);
  if (route === undefined) throw new Error(`renderPage: ${path} is not a page under docs/`);
  const frontMatter = stringify(sortKeys(page.frontMatter), { lineWidth: 0 });
  const [body, ...rest] = memoized('page', JSON.stringify([path, page.notice, page.children]), () => [
    ...mdxFiles(path, page.notice, page.children, false),
    renderMarkdownCopy(path, route, page.notice, page.children),
  ]);
  return [[path, `---\n${yamlComment(page.notice)}${frontMatter}---\n\n${body as string}`], ...(rest as RenderedFiles)];
}

/**
 * The body of a page or partial, then its tables module if any (with the
 * notice as `$comment`). A partial has no front matter, so its notice goes in
 * the body as an MDX comment: invisible on the page.
 */
export function renderMdx(path: string, notice: string, children: readonly RootContent[], noticeInBody: boolean): [body: string, ...RenderedFiles[number][]] {
  return memoized('mdx-page', JSON.stringify([path, notice, children, noticeInBody]), () => mdxFiles(path, notice, children, noticeInBody));
}

function mdxFiles(path: string, notice: string, children: readonly RootContent[], noticeInBody: boolean): [body: string, ...RenderedFiles[number][]] {
  const extracted = extractDataTables(path, children);
  const comment: RootContent[] = !noticeInBody ? [] : [{ type: 'mdxFlowExpression', value: `/* ${notice.replace(/\*\//g, '* /')} */` }];
  const body = serializeMdx({ type: 'root', children: [...comment, ...extracted.imports, ...extracted.children] });
  return extracted.tables.length === 0 ? [body] : [body, [dataTablesPath(path), serializeDataTables(notice, extracted.tables)]];
}

function yamlComment(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `# ${line}\n`)
    .join('');
}

/** Adds rendered files to a generator's output. */
export function addFiles(files: Map<string, string>, rendered: RenderedFiles): void {
  for (const [path, content] of rendered) files.set(path, content);
}
