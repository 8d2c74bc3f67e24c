import { describe, expect, it } from 'vitest';
import { pagePath, relativeLink } from '../../generators/render/page-paths';
import { bundledSources } from '../helpers/fixture-reader';
import { pageWithTables } from '../helpers/page-with-tables';
import { addMember, bundledWith, manifest, newMember, pipelineOk } from './sources';

/** The first diagram of a page: a ```mermaid fence, or the JSON string given to LazyMermaid. */
const mermaidOf = (page: string): string => {
  const fence = /```mermaid\n([\s\S]*?)\n```/.exec(page)?.[1];
  const lazy = /<LazyMermaid value=\{("(?:[^"\\]|\\.)*")\} \/>/.exec(page)?.[1];
  return fence ?? (lazy === undefined ? '' : (JSON.parse(lazy) as string));
};
const sectionOf = (page: string, heading: string): string => {
  const start = page.indexOf(`\n${heading}\n`);
  if (start === -1) return '';
  const level = heading.split(' ')[0] as string;
  const rest = page.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
};

describe('member pages', () => {
  it('plans one page per registry member', async () => {
    const { catalog, planned } = await pipelineOk(bundledSources());
    const pages = [...planned.keys()].filter((p) => p.startsWith('docs/registry/') && p !== pagePath.registryIndex() && p.endsWith('.md'));
    expect(pages.sort()).toEqual(catalog.members.map((m) => pagePath.member(m.name)).sort());
  });

  it('shows role, layer, seams with their producers, outputs, running and records', async () => {
    const { planned } = await pipelineOk(bundledSources());
    const page = pageWithTables(planned, pagePath.member('summarizer'));
    expect(page).toContain('- **Role:** producer of the `summary` bus');
    expect(page).toContain('- **Layer:** `summaries` (3 of 4, upstream first)');
    expect(sectionOf(page, '### Inputs')).toMatch(/\| \[`sessions\.v1`\]\(\/contracts\/sessions\.v1\) +\| \[gpt_sessions\]\(\/registry\/gpt_sessions\) +\|/);
    expect(sectionOf(page, '### Outputs')).toMatch(/\| \[`summary\.v1`\]\(\/contracts\/summary\.v1\) +\| Daily summaries .*\| `bus\/summaries\/\{YYYY-MM-DD}\/summaries\.jsonl` +\| yes +\|/);
    expect(sectionOf(page, '### Entrypoints')).toContain('`python -m summarizer.cli summarize --date {YYYY-MM-DD}`');
    expect(sectionOf(page, '### Smoke test')).toContain('```sh\npython -m summarizer.cli summarize --date 2024-01-01 --bus-root tests/fixtures/empty_bus --offline\n```');
    expect(sectionOf(page, '### Run records')).toContain('under `artifacts/run_records/`');
    expect(sectionOf(page, '### Schema versions emitted')).toBe(
      '\n- [`manifest.v1`](../contracts/manifest.v1.md)\n- [`run_record.v1`](../contracts/run_record.v1.md)\n- [`summary.v1`](../contracts/summary.v1.md)\n\n',
    );
  });

  it('shows the commands that verify its runs and its manifest, linking the guide', async () => {
    const { planned } = await pipelineOk(bundledSources());
    const section = sectionOf(pageWithTables(planned, pagePath.member('summarizer')), '## Verifying its runs');
    expect(section).toContain(
      '```sh\ncurl -fsSLo ops-verify.mjs https://ops-manual.example.org/tools/ops-verify.mjs\nnode ops-verify.mjs run --repo . --latest\nnode ops-verify.mjs manifest --repo . --reconcile\n```',
    );
    expect(section).toContain('```sh\nnpm run verify -- run summarizer --repo ../summarizer --latest\nnpm run verify -- manifest --repo ../summarizer --reconcile\n```');
    expect(section).toContain('[Verifying a run](../verifying-a-run.md)');
    expect(planned.has('static/tools/ops-verify.mjs')).toBe(true);
  });

  it('derives the reverse edges', async () => {
    const { planned } = await pipelineOk(bundledSources());
    const eventbus = pageWithTables(planned, pagePath.member('gpt_eventbus'));
    expect(sectionOf(eventbus, '### Depends on')).toContain('gpt_eventbus declares no dependency.');
    const inbound = sectionOf(eventbus, '### Depended on by');
    expect(inbound).toMatch(/\| \[gpt_sessions\]\(\/registry\/gpt_sessions\) +\| `contract` +\| Reads event\.v1 partitions/);
    expect(inbound).toMatch(/\| \[summarizer\]\(\/registry\/summarizer\) +\| `contract` +\| Reads event text through event\.v1\. +\|/);
  });

  it('draws only the neighbourhood: the member, its partners and the edges touching it', async () => {
    const { planned } = await pipelineOk(bundledSources());
    const diagram = mermaidOf(planned.get(pagePath.member('gpt_sessions')) ?? '');
    expect(diagram).toContain('["gpt_sessions"]');
    expect(diagram).toContain('["gpt_eventbus"]');
    expect(diagram).not.toContain('kb_chunks');
    // gpt_sessions → gpt_eventbus, kb_digests → gpt_sessions, summarizer → gpt_sessions; not summarizer → gpt_eventbus.
    expect(diagram.match(/==>\|contract\|/g)).toHaveLength(3);
    expect(diagram).toMatch(/class m\d+ focus/);
  });

  it('shows a member without edges no diagram', async () => {
    const { planned } = await pipelineOk(bundledSources());
    expect(planned.get(pagePath.member('kb_chunks'))).not.toContain('LazyMermaid');
  });

  it('marks drafts, orthogonal members and scratchpads', async () => {
    const { planned } = await pipelineOk(
      bundledWith(
        addMember('kb_search', undefined, { draft: true }),
        addMember('scheduler', newMember('scheduler', { layer: undefined, orthogonal: true })),
        addMember('notebook', newMember('notebook', { layer: 'knowledge', scratchpad: true, inputs: ['chunks.v1'], dependsOn: [{ to: 'kb_chunks', kind: 'contract' }] })),
        addMember('backup', newMember('backup', { layer: undefined, orthogonal: true, dependsOn: [{ to: 'scheduler', kind: 'runtime' }] })),
      ),
    );
    const draft = planned.get(pagePath.member('kb_search')) ?? '';
    expect(draft).toContain('- **Status:** draft: listed but not yet admitted');
    expect(draft).toContain('kb_search has no manifest yet.');
    expect(planned.get(pagePath.member('scheduler'))).toContain('orthogonal: infrastructure outside the bus chain');
    expect(planned.get(pagePath.member('notebook'))).toContain('scratchpad: may read buses, but nothing may depend on it');
    const constellation = mermaidOf(planned.get(pagePath.registryIndex()) ?? '');
    expect(constellation).toContain('["orthogonal (infrastructure)"]');
    expect(constellation).toContain('["kb_search (draft)"]');
    expect(constellation).toContain('["notebook (scratchpad)"]');
    expect(constellation).toMatch(/m\d+ -\.->\|runtime\| m\d+/);
  });

  it('lists exactly the ADRs that name the member, linked to their pages', async () => {
    const { catalog, planned } = await pipelineOk(bundledSources());
    for (const member of catalog.members) {
      const page = planned.get(pagePath.member(member.name)) ?? '';
      const section = sectionOf(page, '## Decisions affecting this member');
      const affecting = catalog.adrs.filter((a) => (a.doc.affects ?? []).includes(member.name));
      expect(section.match(/^- \[ADR /gm) ?? []).toHaveLength(affecting.length);
      for (const adr of affecting) expect(section).toContain(`](${relativeLink(pagePath.member(member.name), pagePath.adr(adr.file))})`);
    }
  });
});

describe('the ecosystem page', () => {
  it('links members and contracts to their pages', async () => {
    const { planned } = await pipelineOk(bundledSources());
    const index = pageWithTables(planned, pagePath.registryIndex());
    expect(index).toMatch(/\| \[kb_digests\]\(\/registry\/kb_digests\) +\| packager of the digests bus +\| \[`summary\.v1`\]\(\/contracts\/summary\.v1\), \[`sessions\.v1`\]\(\/contracts\/sessions\.v1\) +\|/);
  });

  it('draws the constellation: one subgraph per layer in order, every edge styled by kind', async () => {
    const { catalog, planned } = await pipelineOk(bundledWith(manifest('kb_chunks', (d) => void (d['dependsOn'] as unknown[]).push({ to: 'gpt_eventbus', kind: 'build' }))));
    const diagram = mermaidOf(planned.get(pagePath.registryIndex()) ?? '');
    expect(diagram.match(/subgraph g\d+\["([^"]*)"\]/g)?.map((s) => s.replace(/.*\["|"\]/g, ''))).toEqual(catalog.registry.doc.layers);
    expect(diagram.match(/==>\|contract\|/g)).toHaveLength(5);
    expect(diagram.match(/-->\|build\|/g)).toHaveLength(1);
    for (const m of catalog.members) expect(diagram).toContain(`["${m.name}"]`);
  });
});
