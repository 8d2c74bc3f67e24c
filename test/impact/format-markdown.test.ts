import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { formatImpactGithub } from '../../generators/impact/format-github';
import { formatImpactMarkdown, IMPACT_COMMENT_MARKER } from '../../generators/impact/format-markdown';
import type { ImpactReport } from '../../src/types/sources/impact-report';

const HOSTILE = 'Use <script>alert(1)</script> | *not bold* [link](http://x) `tick`\nsecond line';

function report(overrides: Partial<ImpactReport> = {}): ImpactReport {
  return {
    ok: true,
    base: { ref: 'origin/main', commit: 'a'.repeat(40) },
    head: { ref: null, commit: null },
    verdict: 'No breaking changes; no member must act.',
    breaking: 0,
    summary: 'impact: 1 ADR changed; 0 breaking; 0 members must act.',
    diagnostics: [],
    mustAct: [],
    contracts: [],
    members: [],
    plugins: [],
    policyPack: null,
    adrs: [{ id: '0012', title: HOSTILE, change: 'added', breaking: false, file: 'adr/0012-x.md', line: 1, changes: [{ field: 'status', change: 'changed', detail: HOSTILE, breaking: false, line: 4 }] }],
    ...overrides,
  };
}

const parse = (markdown: string) => remark().use(remarkGfm).parse(markdown);

describe('the impact report as a PR comment', () => {
  it('renders text from the sources literally: no HTML, no links, no broken table', () => {
    const markdown = formatImpactMarkdown(report());
    expect(markdown.startsWith(`${IMPACT_COMMENT_MARKER}\n`)).toBe(true);
    const tree = parse(markdown);
    const html = tree.children.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value);
    expect(html).toEqual([IMPACT_COMMENT_MARKER, '<details>\n<summary>Changes of 1 ADR</summary>', '</details>']);
    const table = tree.children.find((n) => n.type === 'table');
    expect(table?.type).toBe('table');
    const rows = (table as { children: Array<{ children: unknown[] }> }).children;
    expect(rows.map((r) => r.children.length)).toEqual([5, 5]);
    expect(toString(rows[1]?.children[1] as never)).toBe(HOSTILE);
    expect(markdown).not.toMatch(/\]\(http/);
    expect(markdown.endsWith('impact: 1 ADR changed; 0 breaking; 0 members must act.\n')).toBe(true);
  });

  it('puts the breaking changes and the members who must act before the areas', () => {
    const markdown = formatImpactMarkdown(
      report({
        verdict: '1 breaking change; 1 member must act (gpt_sessions).',
        breaking: 1,
        mustAct: [{ member: 'gpt_sessions', repo: 'https://git.example.org/pipeline/gpt_sessions', reasons: ['reads event.v1, changed in place in a way breaking for readers'], contracts: ['event.v1'] }],
        contracts: [
          {
            id: 'event.v1',
            family: 'event',
            change: 'changed',
            breaking: true,
            file: 'schemas/contracts/event.v1.schema.json',
            line: 40,
            previous: null,
            adrs: [],
            changes: [{ path: '/properties/role', kind: 'enum-widened', detail: 'enum gains "developer"', readers: 'breaking', writers: 'compatible' }],
            producers: [{ member: 'gpt_eventbus', repo: 'r', readsNew: null }],
            consumers: [{ member: 'gpt_sessions', repo: 'r', readsNew: null }],
          },
        ],
      }),
    );
    const order = ['**1 breaking change', '### Breaking changes', '### Members who must act', '### Contracts', '### Decisions'].map((h) => markdown.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown).toContain('- contract `event.v1` changed: enum gains "developer"');
  });

  it('says so in one line when nothing changed', () => {
    const none = formatImpactMarkdown(report({ adrs: [], verdict: 'No impact: no contract, member, plugin, policy or decision changed.', summary: 'impact: nothing changed; 0 breaking; 0 members must act.' }));
    expect(none.split('\n').filter((l) => l.startsWith('###'))).toEqual([]);
    expect(none).toContain('**No impact: no contract, member, plugin, policy or decision changed.**');
  });
});

describe('the impact report as GitHub annotations', () => {
  it('one annotation per changed field on its line, escaped as the runner reads it, the summary last', () => {
    const lines = formatImpactGithub(report()).split('\n');
    expect(lines).toEqual([
      `::notice file=adr/0012-x.md,line=4,col=1,title=impact%3A ADR 0012 added%3A status changed::${HOSTILE.replace('\n', '%0A')}`,
      'impact: 1 ADR changed; 0 breaking; 0 members must act.',
    ]);
  });
});
