import type { RootContent } from 'mdast';
import { memoized } from '../../cache/memo';
import { serializeMdx } from './serialize';
import { stringify } from 'yaml';
import { sortKeys } from '../../util/canonical-json';
import { dataTablesPath, extractDataTables, serializeDataTables } from './data-tables';

export interface Page {
  /** Docusaurus front matter; values are serialised as YAML, never spliced as text. */
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/** The files of one MDX page or partial: the page itself and, when it has tables, their JSON module. */
export type RenderedFiles = ReadonlyArray<readonly [path: string, content: string]>;

/**
 * Serialises a page built as an mdast tree to `path`. The MDX extension escapes
 * `{`, `<` and friends in text nodes, so source text renders literally in `.md`
 * and `.mdx`; tables move to a JSON module beside the page (see data-tables.ts).
 * The notice is a YAML comment heading the front matter: the first thing anyone
 * opening the file reads, and nothing for the MDX compiler to parse.
 */
export function renderPage(path: string, page: Page): RenderedFiles {
  const frontMatter = stringify(sortKeys(page.frontMatter), { lineWidth: 0 });
  const [body, ...rest] = renderMdx(path, page.notice, page.children, false);
  return [[path, `---\n${yamlComment(page.notice)}${frontMatter}---\n\n${body}`], ...rest];
}

/**
 * The body of a page or partial, then its tables module if any (with the
 * notice as `$comment`). A partial has no front matter, so its notice goes in
 * the body as an MDX comment: invisible on the page.
 */
export function renderMdx(path: string, notice: string, children: readonly RootContent[], noticeInBody: boolean): [body: string, ...RenderedFiles[number][]] {
  return memoized('mdx-page', JSON.stringify([path, notice, children, noticeInBody]), () => {
    const extracted = extractDataTables(path, children);
    const comment: RootContent[] = !noticeInBody ? [] : [{ type: 'mdxFlowExpression', value: `/* ${notice.replace(/\*\//g, '* /')} */` }];
    const body = serializeMdx({ type: 'root', children: [...comment, ...extracted.imports, ...extracted.children] });
    return extracted.tables.length === 0 ? [body] : [body, [dataTablesPath(path), serializeDataTables(notice, extracted.tables)]];
  });
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
