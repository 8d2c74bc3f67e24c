import { describe, expect, it } from 'vitest';
import { readSources } from '../../generators/load/read-sources';
import { buildCatalog } from '../../generators/model/build-catalog';
import type { Catalog } from '../../generators/model/catalog';
import { contractPages } from '../../generators/render/contracts/contract-pages';
import { renderContractModule } from '../../generators/render/contracts/contract-types';
import { contractsIndex } from '../../generators/render/contracts/contracts-index';
import { dataTablesPath } from '../../generators/render/markdown/data-tables';
import { pagePath, relativeLink } from '../../generators/render/page-paths';
import { validate } from '../../generators/validate';
import { bundledSources, readerOf } from '../helpers/fixture-reader';
import { pageWithTables } from '../helpers/page-with-tables';
import { bundledWith, contract, pipelineOk } from '../registry/sources';
import { injectedNodes, visibleText } from './mdx-safety';

async function bundled(): Promise<{ catalog: Catalog; pages: ReadonlyMap<string, string> }> {
  const { catalog, planned } = await pipelineOk(bundledSources());
  return { catalog, pages: planned };
}

const page = (pages: ReadonlyMap<string, string>, path: string): string => pageWithTables(pages, path);

describe('contract pages', () => {
  it('plans one page per contract, an index and a sidebar category', async () => {
    const { catalog, pages } = await bundled();
    const planned = [...pages.keys()].filter((p) => p.startsWith('docs/contracts/') && !p.startsWith('docs/contracts/_tables/')).sort();
    expect(planned).toEqual(['docs/contracts/_category_.yml', ...catalog.contracts.map((c) => pagePath.contract(c.id)), pagePath.contractsIndex()].sort());
    const tables = [...pages.keys()].filter((p) => p.startsWith('docs/contracts/_tables/')).sort();
    expect(tables).toEqual([...catalog.contracts.map((c) => pagePath.contract(c.id)), pagePath.contractsIndex()].map(dataTablesPath).sort());
  });

  it('says who writes and reads a bus contract, where, and whether it exists when empty', async () => {
    const { pages } = await bundled();
    const summary = page(pages, pagePath.contract('summary.v1'));
    expect(summary).toContain('- **Bus:** `summary`');
    expect(summary).toContain('- **Producer:** [summarizer](../registry/summarizer.md)');
    expect(summary).toContain('- **Consumers:** [kb_digests](../registry/kb_digests.md)');
    expect(summary).toMatch(/\| \[summarizer\]\(\/registry\/summarizer\) +\| Daily summaries \(JSONL, one summary\.v1 per line\) +\| `bus\/summaries\/\{YYYY-MM-DD}\/summaries\.jsonl` +\| yes +\|/);
  });

  it('marks a shared contract as written by every member and lists every writer’s layout', async () => {
    const { catalog, pages } = await bundled();
    const manifest = page(pages, pagePath.contract('manifest.v1'));
    expect(manifest).toContain('- **Producer:** shared: written by every member');
    for (const m of catalog.members) expect(manifest).toContain(`| [${m.name}](/registry/${m.name})`);
    expect(manifest).toContain('`bus/clusters/{YYYY-MM-DD}/manifest.json`');
  });

  it('links the raw schema as a static file and prints its $id', async () => {
    const { pages } = await bundled();
    const event = page(pages, pagePath.contract('event.v1'));
    expect(event).toContain('[event.v1.schema.json](pathname:///schemas/event.v1.schema.json)');
    expect(event).toContain('`https://ops-manual.example.org/schemas/event.v1.schema.json`');
    expect(pages.has('static/schemas/event.v1.schema.json')).toBe(true);
  });

  it('tables every nested field with type, required, constraints and description', async () => {
    const { pages } = await bundled();
    const sessions = page(pages, pagePath.contract('sessions.v1'));
    expect(sessions).toMatch(/\| `session\.events\[\]\.id` +\| string +\| yes +\| `pattern: \^evt_\[0-9a-f\]\{16\}\$` +\| The event's `id` on the event bus\. +\|/);
    expect(sessions).toMatch(/\| `session\.idle_gap_seconds` +\| integer +\| no +\| `minimum: 60`, `maximum: 86400`, `default: 1800` +\|/);
  });

  it('links a field holding another contract to that contract’s page, and back', async () => {
    const { pages } = await bundled();
    expect(page(pages, pagePath.contract('digests.l2.v1'))).toMatch(/\| `built_from` +\| array of \[`manifest\.v1`\]\(\/contracts\/manifest\.v1\) +\| yes +\|/);
    expect(page(pages, pagePath.contract('manifest.v1'))).toContain('- **Included by:** [`digests.l2.v1`](./digests.l2.v1.md), [`run_record.v1`](./run_record.v1.md)');
  });

  it('shows every example and the generated TypeScript module', async () => {
    const { catalog, pages } = await bundled();
    for (const c of catalog.contracts) {
      const text = page(pages, pagePath.contract(c.id));
      expect(text.match(/^### Example \d+$/gm)).toHaveLength(c.schema.examples.length);
      expect(text).toContain(`<DeferredCodeBlock language="ts" value={${JSON.stringify((await renderContractModule(c)).trimEnd())}} />`);
      for (const example of c.schema.examples) expect(text).toContain(`<DeferredCodeBlock language="json" value={${JSON.stringify(JSON.stringify(example, null, 2))}} />`);
      expect(text).toContain(`from '@site/src/types/contracts/${c.id}';`);
    }
  });

  it('lists exactly the ADRs that name the contract, linked to their pages', async () => {
    const { catalog, pages } = await bundled();
    for (const c of catalog.contracts) {
      const text = page(pages, pagePath.contract(c.id));
      const section = text.slice(text.indexOf('## Decisions affecting this contract'), text.indexOf('## TypeScript type'));
      const affecting = catalog.adrs.filter((a) => (a.doc.affects ?? []).includes(c.id));
      expect(section.match(/^- \[ADR /gm) ?? []).toHaveLength(affecting.length);
      for (const adr of affecting) expect(section).toContain(`](${relativeLink(pagePath.contract(c.id), pagePath.adr(adr.file))})`);
    }
  });
});

describe('the contracts index', () => {
  it('groups contracts by bus, shared ones last, with producer, consumers and versions', async () => {
    const { pages } = await bundled();
    const index = page(pages, pagePath.contractsIndex());
    const headings = index.match(/^## .*$/gm);
    expect(headings).toEqual(['## Bus `chunks`', '## Bus `digests`', '## Bus `event`', '## Bus `sessions`', '## Bus `summary`', '## Shared contracts']);
    expect(index).toMatch(/\| \[`sessions\.v1`\]\(\/contracts\/sessions\.v1\) +\| \[gpt_sessions\]\(\/registry\/gpt_sessions\) +\| \[kb_digests\]\(\/registry\/kb_digests\), \[summarizer\]\(\/registry\/summarizer\) +\| \[`sessions\.v1`\]\(\/contracts\/sessions\.v1\) +\|/);
    expect(index).toMatch(/\| \[`run_record\.v1`\]\(\/contracts\/run_record\.v1\) +\| shared: written by every member +\|/);
  });

  it('lists every version of a family on each of its pages', async () => {
    const files = bundledWith(
      contract('summary.v2', (d) => Object.assign(d, JSON.parse(bundledSources()['schemas/contracts/summary.v1.schema.json'] as string), { $id: 'https://ops-manual.example.org/schemas/summary.v2.schema.json', title: 'summary.v2' })),
    );
    // Version rules belong to another area; this renders from the model whatever they say.
    const catalog = buildCatalog(validate(readSources(readerOf(files))).sources);
    const index = pageWithTables(await contractsIndex.render(catalog), pagePath.contractsIndex());
    expect(index).toContain('[`summary.v1`](/contracts/summary.v1), [`summary.v2`](/contracts/summary.v2)');
    const v1 = (await contractPages.render(catalog)).get(pagePath.contract('summary.v1')) ?? '';
    expect(v1).toContain('- **Version:** 1 of the `summary` family; other versions: [`summary.v2`](./summary.v2.md)');
  });
});

describe('source text on generated pages', () => {
  const HOSTILE = "import x from 'y'\nexport const leak = 1; <script>alert(1)</script> {props.x} <T> </details>";

  it('renders MDX-hostile descriptions, summaries and examples literally, injecting nothing', async () => {
    const files = bundledWith(
      contract('summary.v1', (d) => {
        d['description'] = `${HOSTILE}\n\nSecond paragraph {still} text.`;
        const props = d['properties'] as Record<string, Record<string, unknown>>;
        (props['title'] as Record<string, unknown>)['description'] = HOSTILE;
      }),
      (f) => ({ ...f, 'registry/projects/summarizer.json': (f['registry/projects/summarizer.json'] as string).replace('"summary": "Writes', `"summary": ${JSON.stringify(HOSTILE).slice(0, -1)} Writes`) }),
      (f) => ({ ...f, 'registry/registry.json': (f['registry/registry.json'] as string).replace('"description": "A multi-repo', `"description": ${JSON.stringify(HOSTILE).slice(0, -1)} A multi-repo`) }),
    );
    const { planned } = await pipelineOk(files);
    const pages = [...planned].filter(([p]) => /^docs\/(contracts|registry)\/.*\.md$/.test(p));
    expect(pages.length).toBeGreaterThan(10);
    for (const [path, content] of pages) expect(injectedNodes(content), path).toEqual([]);
    const flat = HOSTILE.replace(/\n/g, ' ');
    const visible = (path: string): string => visibleText(planned.get(path) ?? '', { files: planned, path }).replace(/\s+/g, ' ');
    expect(visible(pagePath.contract('summary.v1'))).toContain(flat);
    expect(visible(pagePath.contract('summary.v1'))).toContain('Second paragraph {still} text.');
    expect(visible(pagePath.member('summarizer'))).toContain(flat);
    expect(visible(pagePath.registryIndex())).toContain(flat);
  });

  it('keeps the bundled summary.v1 body description literal', async () => {
    const { pages } = await bundled();
    const summary = pages.get(pagePath.contract('summary.v1')) ?? '';
    expect(injectedNodes(summary)).toEqual([]);
    expect(visibleText(summary)).toContain("may contain {braces}, <angle brackets>, <details> tags and lines such as import x from 'y'.");
  });
});
