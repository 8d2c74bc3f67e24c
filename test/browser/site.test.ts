import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import { runPipeline } from '../../generators/index';
import { diskReader } from '../../generators/load/source-reader';
import type { Catalog } from '../../generators/model/catalog';
import { runDocusaurusBuild } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';
import { codeInMarkdown } from '../machines/helpers';
import { chromiumPath, launchChromium } from './helpers/chromium';
import { serveStatic, type StaticServer } from './helpers/static-server';

/**
 * End to end in a real headless Chromium against the built site, served from
 * localhost: the site is built once, then every test drives pages of it.
 */

/** A word that the chunks.v1 contract description alone uses (asserted against the build below). */
const SEARCH_TERM = 'overlapping';
const SEARCH_STEM = 'overlap';
const SEARCH_PAGE = '/contracts/chunks.v1';

let repo: { root: string; cleanup: () => void };
let catalog: Catalog;
let server: StaticServer;
let browser: Browser;
/** Problems seen on any page: console errors, uncaught exceptions, requests that left localhost. */
const problems: string[] = [];
const visited = new Set<string>();

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`${page.url()}: external request ${r.url()}`);
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) visited.add(new URL(f.url()).pathname);
  });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

/** The filter table becomes interactive after hydration; until then its controls are disabled. */
async function openIndex(): Promise<Page> {
  const page = await open('/decisions/');
  await page.waitForSelector('[data-decision-filter][data-ready="true"]');
  return page;
}

/** Client-side navigation changes the URL before the page: wait for the new page's h1. */
async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.locator('article h1', { hasText: title }).first().waitFor();
  expect(await page.locator('article h1').first().textContent()).toBe(title);
}

const rowIds = (page: Page): Promise<number[]> => page.$$eval('tr[data-adr-id]', (rows) => rows.map((r) => Number(r.getAttribute('data-adr-id'))));
const idsWhere = (keep: (a: Catalog['adrs'][number]) => boolean): number[] => catalog.adrs.filter(keep).map((a) => a.doc.id);

describe('the built site in Chromium', () => {
  beforeAll(async () => {
    chromiumPath(); // fail first, with the install hint, rather than after a build
    repo = makeTempRepo();
    const pipeline = await runPipeline(diskReader(repo.root));
    if (!pipeline.ok) throw new Error(`The sources have problems, so there is no site to test:\n${formatDiagnostics(pipeline.diagnostics)}`);
    catalog = pipeline.catalog;
    const build = runDocusaurusBuild(repo.root);
    if (build.status !== 0) throw new Error(`docusaurus build failed:\n${build.output}`);
    server = await serveStatic(join(repo.root, 'build'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    repo?.cleanup();
  });

  it('the decision index renders every ADR, in the static HTML and after hydration', async () => {
    const html = readFileSync(join(repo.root, 'build', 'decisions', 'index.html'), 'utf8');
    const ids = catalog.adrs.map((a) => a.doc.id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    // Minified HTML drops attribute quotes where it can.
    for (const id of ids) expect(html).toMatch(new RegExp(`data-adr-id="?${id}"?[ >]`));
    const page = await openIndex();
    expect(await rowIds(page)).toEqual(ids);
    for (const adr of catalog.adrs) {
      await expect(page.locator(`tr[data-adr-id="${adr.doc.id}"]`).getByRole('link', { name: adr.doc.title, exact: true }).count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('filtering by status shows exactly the matching rows, and so do the tag and text filters', async () => {
    const page = await openIndex();
    for (const status of ['superseded', 'accepted', 'rejected', 'proposed', 'deprecated'] as const) {
      await page.selectOption('select[data-filter="status"]', status);
      const want = idsWhere((a) => a.doc.status === status);
      await expect.poll(() => rowIds(page), { message: status }).toEqual(want);
      expect(await page.getAttribute('[data-filter-count]', 'data-filter-count')).toBe(String(want.length));
      expect(new Set(await page.$$eval('tr[data-adr-id]', (rows) => rows.map((r) => r.getAttribute('data-status'))))).toEqual(new Set(want.length > 0 ? [status] : []));
    }
    await page.selectOption('select[data-filter="status"]', '');
    await page.selectOption('select[data-filter="tag"]', 'digests');
    await expect.poll(() => rowIds(page)).toEqual(idsWhere((a) => (a.doc.tags ?? []).includes('digests')));
    await page.selectOption('select[data-filter="tag"]', '');
    await page.fill('input[data-filter="text"]', 'STOP line');
    await expect.poll(() => rowIds(page)).toEqual(idsWhere((a) => /stop/i.test(a.doc.title) && /line/i.test(a.doc.title)));
    await page.fill('input[data-filter="text"]', 'no decision has this text');
    await expect.poll(() => rowIds(page)).toEqual([]);
    await page.getByText('No decision matches these filters.').waitFor();
    await page.close();
  });

  it('opens an ADR from the index, follows its link to an affected contract, and comes back', async () => {
    const adr = catalog.adrs.find((a) => (a.doc.affects ?? []).some((x) => catalog.contracts.some((c) => c.id === x)) && (a.doc.supersedes ?? []).length > 0);
    if (adr === undefined) throw new Error('the bundled ADRs need one that supersedes another and affects a contract');
    const contract = (adr.doc.affects ?? []).find((x) => catalog.contracts.some((c) => c.id === x)) ?? '';
    const page = await openIndex();
    await page.locator(`tr[data-adr-id="${adr.doc.id}"] a`).click();
    await page.waitForURL((u) => u.pathname.startsWith('/decisions/') && u.pathname !== '/decisions/');
    const adrPath = new URL(page.url()).pathname;
    await waitForTitle(page, adr.doc.title);
    await expect(page.locator(`article [data-status="${adr.doc.status}"]`).first().textContent()).resolves.toBe(adr.doc.status);
    // Its relations are links: here, to the ADR it supersedes.
    await expect(page.getByRole('link', { name: new RegExp(`^${String(adr.doc.supersedes?.[0]).padStart(4, '0')} `) }).count()).resolves.toBeGreaterThan(0);

    await page.locator('article').getByRole('link', { name: contract, exact: true }).first().click();
    await page.waitForURL((u) => u.pathname === `/contracts/${contract}`);
    await waitForTitle(page, contract);
    const back = page.locator('article').getByRole('link', { name: new RegExp(adr.doc.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(back.count()).resolves.toBeGreaterThan(0);
    await back.first().click();
    await page.waitForURL((u) => u.pathname === adrPath);
    await waitForTitle(page, adr.doc.title);
    await page.close();
  });

  it(`the search box finds "${SEARCH_TERM}", which only the ${SEARCH_PAGE} page contains, without a server`, async () => {
    const pagesWith = htmlPages(join(repo.root, 'build')).filter((p) => visibleText(p.html).toLowerCase().includes(SEARCH_STEM));
    expect(pagesWith.map((p) => p.path)).toEqual([`${SEARCH_PAGE.slice(1)}/index.html`]);

    const page = await open('/');
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially(SEARCH_TERM, { delay: 20 });
    const suggestion = page.locator('[role="option"]').first();
    await suggestion.waitFor();
    await suggestion.click();
    await page.waitForURL((u) => u.pathname === SEARCH_PAGE);
    await waitForTitle(page, 'chunks.v1');
    await page.close();
  });

  it('the constellation, a member neighbourhood and the ADR relations graph render as SVG', async () => {
    for (const [path, label] of [
      ['/registry/', 'gpt_eventbus'],
      ['/registry/summarizer', 'gpt_sessions'],
      ['/decisions/', '0008'],
    ] as const) {
      const page = await open(path);
      const svg = page.locator('.docusaurus-mermaid-container svg').first();
      await svg.waitFor();
      await expect(svg.textContent()).resolves.toContain(label);
      await page.close();
    }
  });

  it('a contract page has its tables and code in the static HTML, and highlights the code after hydration', async () => {
    const html = readFileSync(join(repo.root, 'build', 'contracts', 'event.v1', 'index.html'), 'utf8');
    expect(html).toMatch(/<td><code>schema_version<\/code><td>string<td>yes/);
    expect(html).toMatch(/<a href="?\/registry\/gpt_eventbus"?>gpt_eventbus<\/a>/);
    expect(html).toContain('<pre class=language-ts><code>');
    const page = await open('/contracts/event.v1');
    const typeBlock = page.locator('.theme-code-block.language-ts');
    await typeBlock.waitFor();
    expect(await typeBlock.locator('.token').count()).toBeGreaterThan(10);
    await expect(typeBlock.textContent()).resolves.toContain('export interface EventV1');
    await page.locator('table a', { hasText: 'gpt_eventbus' }).first().click();
    await waitForTitle(page, 'gpt_eventbus');
    await page.close();
  });

  it('a page links its Markdown copy in the head, and the copy it fetches is clean Markdown', async () => {
    const page = await open('/contracts/event.v2');
    const link = page.locator('head link[rel="alternate"][type="text/markdown"]');
    await expect(link.count()).resolves.toBe(1);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/contracts/event.v2.md');
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    const copy = await response.text();
    expect(copy).toBe(readFileSync(join(repo.root, 'static', 'contracts', 'event.v2.md'), 'utf8'));
    expect(codeInMarkdown(copy)).toEqual([]);
    expect(copy).toContain('# event.v2');
    expect(copy).toContain('[summarizer](https://ops-manual.example.org/registry/summarizer)');
    await page.close();
  });

  it('every page of the build links a Markdown copy that the build serves, next to catalog.json and the llms files', () => {
    const build = join(repo.root, 'build');
    const pages = htmlPages(build);
    expect(pages.length).toBeGreaterThan(40);
    for (const { path, html } of pages) {
      const href = /<link[^>]*rel=["']?alternate["']? [^>]*type=["']?text\/markdown["']? [^>]*href=["']?([^"' >]+)/.exec(html)?.[1];
      expect(href, path).toBeDefined();
      expect(existsSync(join(build, href ?? '')), `${path} → ${href}`).toBe(true);
    }
    for (const file of ['catalog.json', 'llms.txt', 'llms-full.txt', 'index.md', 'operating-contract.md']) expect(existsSync(join(build, file)), file).toBe(true);
  });

  it('no page logs a console error or reaches beyond localhost', async () => {
    const paths = [
      '/',
      '/decisions/',
      ...htmlPages(join(repo.root, 'build'))
        .map((p) => `/${p.path.replace(/(^|\/)index\.html$/, '$1')}`)
        .filter((p) => /^\/(decisions|contracts|registry)\//.test(p)),
    ];
    const todo = [...new Set(paths)].filter((p) => !visited.has(p));
    // A few pages at a time: most of each visit is waiting for the network to go idle.
    for (let i = 0; i < todo.length; i += 4) {
      await Promise.all(todo.slice(i, i + 4).map(async (path) => (await open(path)).close()));
    }
    expect(visited.size).toBeGreaterThan(catalog.adrs.length + catalog.contracts.length);
    expect(problems).toEqual([]);
  });
});

interface HtmlPage {
  readonly path: string;
  readonly html: string;
}

/** Every content page of the build (the search page and the 404 page list nothing of their own). */
function htmlPages(dir: string): HtmlPage[] {
  const out: HtmlPage[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push({ path: relative(dir, full).split(sep).join('/'), html: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out.filter((p) => p.path !== '404.html' && p.path !== 'search/index.html').sort((a, b) => (a.path < b.path ? -1 : 1));
}

function visibleText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
}
