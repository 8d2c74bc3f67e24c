/**
 * A Mermaid node label built from source text, safe inside `["…"]`: every
 * character outside a small plain set becomes a Mermaid entity (`#quot;`-style,
 * `#<code point>;`), so quotes, brackets, `<`, `#`, backticks and `%%` in a title
 * can neither end the label nor be read as markup. Mermaid wraps long labels itself.
 */
export function mermaidLabel(value: string): string {
  return `"${escapeMermaid(value.replace(/\s+/g, ' ').trim())}"`;
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
