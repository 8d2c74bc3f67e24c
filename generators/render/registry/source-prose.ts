import type { Paragraph, PhrasingContent } from 'mdast';
import { code, paragraph, text } from '../markdown/mdast';

/**
 * Free source text (a description, a summary) as phrasing: plain text, except that
 * `backticked` spans become inline code, as their authors mean them. Both are
 * mdast text-like nodes, so the serialiser escapes everything else: `{`, `<`,
 * `#`, `*` and friends render literally.
 */
export function sourceText(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const span = /`([^`\n]+)`/g;
  let last = 0;
  for (let m = span.exec(value); m !== null; m = span.exec(value)) {
    if (m.index > last) out.push(text(value.slice(last, m.index)));
    out.push(code(m[1] as string));
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

/**
 * Free source text as top-level paragraphs, split at blank lines. The serialiser
 * escapes what MDX would read as syntax, line-initial `import`/`export` included.
 */
export function sourceParagraphs(value: string): Paragraph[] {
  return value
    .split(/\n[ \t]*\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(...sourceText(part)));
}
