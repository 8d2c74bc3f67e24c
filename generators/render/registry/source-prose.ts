import type { Paragraph } from 'mdast';
import { paragraph, text } from '../markdown/mdast';

/**
 * Free source text (a description) as top-level paragraphs, split at blank lines.
 *
 * The MDX serialiser escapes `{`, `<`, `#` and friends, but not a paragraph that
 * starts with `import ` or `export `: MDX would compile that line as an ES module
 * statement. A leading space (serialised as `&#x20;`, invisible in the page) keeps
 * such a paragraph plain text. Table cells and list items are not affected.
 */
export function sourceParagraphs(value: string): Paragraph[] {
  return value
    .split(/\n[ \t]*\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(text(/^(?:import|export)\b/.test(part) ? ` ${part}` : part)));
}
