import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generators/index';
import { diskReader } from '../../generators/load/source-reader';
import type { Catalog } from '../../generators/model/catalog';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';
import { REAL_SCHEMAS, realContract } from '../helpers/real-schemas';
import { makeTempRepo } from '../helpers/temp-repo';

/** Source text that MDX would run or render as markup if it reached a page unescaped. */
const HOSTILE_OPENING = "import x from 'y'";
const HOSTILE_SUMMARY = 'Ingests <script>window.__pwned = 1</script> and {props.secret} like <T>.';

/**
 * One real `docusaurus build` of the bundled example (with MDX-hostile text added
 * to a registry description and a member summary), then checks on the built HTML.
 * No browser: what matters here is what the MDX compiler made of the pages.
 */
describe('the built contract and registry pages', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  let catalog: Catalog;
  const html = (route: string): string => readFileSync(join(repo.root, 'build', route, 'index.html'), 'utf8');

  beforeAll(async () => {
    repo = makeTempRepo();
    const registryPath = join(repo.root, 'registry', 'registry.json');
    const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as { description: string; sharedContracts: string[] };
    registry.description = `${HOSTILE_OPENING} is how the description starts. ${registry.description}`;
    // Large real public schemas, made contracts (test/helpers/real-schemas.ts): the same build proves they publish.
    registry.sharedContracts.push(...REAL_SCHEMAS.map((r) => r.id));
    writeFileSync(registryPath, JSON.stringify(registry, null, 2));
    for (const real of REAL_SCHEMAS) writeFileSync(join(repo.root, 'schemas', 'contracts', `${real.id}.schema.json`), realContract(real));
    const manifestPath = join(repo.root, 'registry', 'projects', 'kb_chunks.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { summary: string };
    manifest.summary = HOSTILE_SUMMARY;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const gen = runCli('gen', [], repo.root);
    if (gen.status !== 0) throw new Error(`gen failed:\n${gen.output}`);
    const pipeline = await runPipeline(diskReader(repo.root));
    if (!pipeline.ok) throw new Error('the sources have problems');
    catalog = pipeline.catalog;
    const build = runDocusaurusBuild(repo.root);
    if (build.status !== 0) throw new Error(`docusaurus build failed:\n${build.output}`);
  });

  afterAll(() => repo?.cleanup());

  it('publishes large real schemas: gen and check pass, and each has its page, types and published schema', () => {
    const check = runCli('check', [], repo.root);
    expect(check.status, check.output).toBe(0);
    for (const real of REAL_SCHEMAS) {
      expect(html(`contracts/${real.id}`)).toContain(real.id);
      expect(readFileSync(join(repo.root, 'src', 'types', 'contracts', `${real.id}.ts`), 'utf8')).toMatch(/export (type|interface) /);
      expect(existsSync(join(repo.root, 'static', 'schemas', `${real.id}.schema.json`))).toBe(true);
    }
  });

  it('has a page for every contract and every member', () => {
    for (const c of catalog.contracts) expect(existsSync(join(repo.root, 'build', 'contracts', c.id, 'index.html')), c.id).toBe(true);
    for (const m of catalog.members) expect(existsSync(join(repo.root, 'build', 'registry', m.name, 'index.html')), m.name).toBe(true);
    expect(html('contracts')).toContain('Shared contracts');
  });

  it('renders the summary.v1 body description as literal text, injecting no element', () => {
    const page = html('contracts/summary.v1');
    expect(page).toMatch(/may contain \{braces\}, &lt;angle brackets(&gt;|>), &lt;details(&gt;|>) tags and lines such as import x from (&#x27;|&#39;|')y(&#x27;|&#39;|')\./);
    expect(page).not.toMatch(/<details[\s>]/);
    expect(page).not.toMatch(/<angle/);
  });

  it('keeps a description that opens like an ES module statement as text', () => {
    const page = html('registry');
    expect(page).toMatch(/import x from (&#x27;|&#39;|')y(&#x27;|&#39;|') is how the description starts\./);
  });

  it('keeps markup and expressions in a member summary as text', () => {
    const page = html('registry/kb_chunks');
    const body = page.slice(page.indexOf('<body'));
    expect(body).toContain('Ingests &lt;script');
    expect(body).toContain('{props.secret}');
    // The head repeats the summary inside a quoted meta attribute, where markup is inert.
    expect(body).not.toContain('<script>window.__pwned');
  });

  it('links the raw schema at its stable URL, which the build serves', () => {
    const page = html('contracts/event.v1');
    expect(page).toMatch(/href=["']?\/schemas\/event\.v1\.schema\.json/);
    const published = JSON.parse(readFileSync(join(repo.root, 'build', 'schemas', 'event.v1.schema.json'), 'utf8')) as { $id: string };
    expect(published.$id).toBe('https://ops-manual.example.org/schemas/event.v1.schema.json');
    expect(page).toContain(published.$id);
  });

  it('ships the constellation and each neighbourhood as Mermaid diagrams', () => {
    // Mermaid renders in the browser (test/browser checks the SVG); the bundle must carry each diagram's source.
    const dir = join(repo.root, 'build', 'assets', 'js');
    const bundle = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const pages = ['index', ...catalog.members.map((m) => m.name)].map((name) => readFileSync(join(repo.root, 'docs', 'registry', `${name}.md`), 'utf8'));
    const fenced = pages.flatMap((page) => [...page.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string));
    const lazy = pages.flatMap((page) => [...page.matchAll(/<LazyMermaid value=\{("(?:[^"\\]|\\.)*")\} \/>/g)].map((m) => JSON.parse(m[1] as string) as string));
    expect(fenced.length).toBe(1);
    expect(lazy.length).toBeGreaterThanOrEqual(catalog.members.length - 1);
    const diagrams = [...fenced, ...lazy];
    expect(diagrams.length).toBeGreaterThanOrEqual(2);
    for (const diagram of diagrams) expect(bundle).toContain(diagram.replace(/\n/g, '\\n'));
  });
});
