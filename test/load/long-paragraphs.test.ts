import { describe, expect, it } from 'vitest';
import { longParagraphs } from '../../generators/load/long-paragraphs';
import { SOURCE_LIMITS } from '../../generators/load/source-limits';

const over = SOURCE_LIMITS.paragraphChars + 100;

describe('the paragraph limit', () => {
  it('refuses a paragraph over the limit, at its line', () => {
    const body = `# Title\n\nshort\n\n[unclosed ${'word '.repeat(over / 5)}\n`;
    expect(longParagraphs('adr/x.md', body, 5).map((d) => [d.code, d.line, d.column])).toEqual([['SOURCE_PARAGRAPH_TOO_LONG', 9, 1]]);
  });

  it('leaves long tables, fenced code and HTML blocks alone: none of them is a paragraph', () => {
    const rows = Array.from({ length: over / 20 }, (_, i) => `| row ${i} | [value |`).join('\n');
    const table = `| a | b |\n| --- | :-: |\n${rows}\n`;
    const fence = '```json\n' + '{"k": "word word"}\n'.repeat(over / 18) + '```\n';
    const html = '<table>\n' + '<tr><td>cell [x</td></tr>\n'.repeat(over / 26) + '</table>\n';
    expect(longParagraphs('adr/x.md', `${table}\n${fence}\n${html}`, 1)).toEqual([]);
  });
});
