import type { Diagnostic } from '../diagnostics/diagnostic';
import { parseAdrSource } from './adr-source';
import type { SourceFile } from './source-file';

/** A hand-written page (`docs/<name>.md` or `.mdx`): its front matter and its body as written. */
export interface PageSource {
  readonly file: SourceFile;
  /** The parsed front matter (`{}` when the page has none); `undefined` when it could not be read. */
  readonly frontMatter: unknown;
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
}

/**
 * Front matter is read exactly as for ADRs (YAML only, JavaScript engines refused,
 * no anchors or aliases), with two differences: a page may have none, and its
 * problems carry page codes.
 */
export function parsePageSource(path: string, text: string): { source: PageSource; diagnostics: Diagnostic[] } {
  const parsed = parseAdrSource(path, text);
  const hasFrontMatter = text.startsWith('---');
  const diagnostics = parsed.diagnostics
    .filter((d) => d.code !== 'ADR_FRONT_MATTER_MISSING')
    .map((d) => (d.code === 'ADR_FRONT_MATTER_SYNTAX' ? { ...d, code: 'PAGE_FRONT_MATTER_SYNTAX' } : d));
  const { file, body, bodyLine } = parsed.source;
  const frontMatter = hasFrontMatter ? parsed.source.frontMatter : {};
  return { source: { file, frontMatter, body: hasFrontMatter ? body : text, bodyLine: hasFrontMatter ? bodyLine : 1 }, diagnostics };
}
