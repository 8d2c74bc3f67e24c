import { describe, expect, it } from 'vitest';
import { mermaidFlowchart, mermaidText } from '../../generators/render/registry/mermaid-flowchart';

const HOSTILE = [
  'a"] --> x["pwned',
  '<img src=x onerror=alert(1)>',
  'line one\nline two\r\n%% comment\n```',
  '#quot; &amp; #35; `code` {braces} end\nsubgraph evil',
  'click m0 href "javascript:alert(1)"',
];

/** Every line the diagram may contain; anything else would be syntax that came from source text. */
const LINE = [
  /^flowchart (LR|RL|TB)$/,
  /^ {2}subgraph g\d+\["[^"\n<>`%]*"\]$/,
  /^ {4}m\d+\["[^"\n<>`%]*"\]$/,
  /^ {2}end$/,
  /^ {2}m\d+ (-->|-\.->|==>)\|(build|runtime|contract)\| m\d+$/,
  /^ {2}classDef (draft|scratchpad|orthogonal|focus) [a-z0-9:;.,\- ]+$/,
  /^ {2}class m\d+(,m\d+)* (draft|scratchpad|orthogonal|focus)$/,
];

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '35': '#', '37': '%', '96': '`' };
const decode = (s: string): string => s.replace(/#(\w+);/g, (m, name: string) => ENTITIES[name] ?? m);

describe('mermaidFlowchart', () => {
  const diagram = mermaidFlowchart(
    HOSTILE.map((title, g) => ({ title, nodes: [{ key: `k${g}`, label: title, classes: g === 0 ? ['focus', 'draft'] : [] }] })),
    [
      { from: 'k1', to: 'k0', kind: 'contract' },
      { from: 'k2', to: 'k0', kind: 'build' },
      { from: 'k3', to: 'k1', kind: 'runtime' },
      { from: 'k4', to: 'missing', kind: 'runtime' },
    ],
  );

  it('keeps hostile names and titles inside their quoted labels', () => {
    expect(diagram.split('\n').filter((line) => !LINE.some((re) => re.test(line)))).toEqual([]);
    expect(diagram.split('\n')).toHaveLength(1 + HOSTILE.length * 3 + 3 + 4);
  });

  it('uses generated ids, never source text, as node ids', () => {
    expect(diagram).toContain('m1 ==>|contract| m0');
    expect(diagram).toContain('m2 -->|build| m0');
    expect(diagram).toContain('m3 -.->|runtime| m1');
    expect(diagram).not.toContain('missing');
  });

  it.each(HOSTILE)('round-trips the text of %j through the entities', (value) => {
    const flat = value.replace(/[\r\n]+/g, ' ');
    expect(decode(mermaidText(value))).toBe(flat);
  });
});
