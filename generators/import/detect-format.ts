import type { ImportFormat } from './imported-record';
import { parseMarkdown, plainText, sectionOf, titleHeading } from './markdown-edits';

/**
 * `auto`: front matter is MADR's (adr-tools writes none); without it, a numbered
 * `# 1. Title`, a `Date:` line or a `## Status` section is adr-tools', and
 * anything else is MADR (whose front matter is optional).
 */
export function detectFormat(text: string): ImportFormat {
  if (text.startsWith('---')) return 'madr';
  const tree = parseMarkdown(text);
  const h1 = titleHeading(tree);
  if (h1 !== undefined && /^[0-9]+\.\s/.test(plainText(h1).trim())) return 'nygard';
  if (tree.children.some((n) => n.type === 'paragraph' && /^date:/i.test(plainText(n).trim()))) return 'nygard';
  return sectionOf(tree, text, 'status') === undefined ? 'madr' : 'nygard';
}
