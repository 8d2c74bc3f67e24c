/**
 * A Mermaid node label built from source text, safe inside `["…"]`: every
 * character outside a small plain set becomes a Mermaid entity (`#quot;`-style,
 * `#<code point>;`), so quotes, brackets, `<`, `#`, backticks and `%%` in a title
 * can neither end the label nor be read as markup. Long labels wrap at spaces
 * with `<br/>`, which is the only markup in the result and ours, not the source's.
 */
export function mermaidLabel(value: string, width = 28): string {
  const words = value.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return `"${lines.map(escapeMermaid).join('<br/>')}"`;
}

const PLAIN = /[A-Za-z0-9 .,:_'()/?!+-]/;

export function escapeMermaid(text: string): string {
  let out = '';
  for (const ch of text) {
    if (PLAIN.test(ch)) out += ch;
    else if (ch === '"') out += '#quot;';
    else out += `#${ch.codePointAt(0) ?? 32};`;
  }
  return out;
}
