import type { RootContent } from 'mdast';
import { serializeGfm } from './serialize';

export interface PlainMarkdownFile {
  readonly notice: string;
  readonly children: readonly RootContent[];
}

/**
 * Serialises Markdown served as a plain file (not a Docusaurus page): GFM only,
 * no front matter, the notice as a leading HTML comment that Markdown viewers hide.
 * Text from sources still enters only as mdast text nodes, so it is escaped.
 */
export function renderPlainMarkdown(file: PlainMarkdownFile): string {
  // `--` cannot occur inside an HTML comment.
  const notice = file.notice.replace(/--/g, '- -');
  return serializeGfm({ type: 'root', children: [{ type: 'html', value: `<!-- ${notice} -->` }, ...file.children] });
}
