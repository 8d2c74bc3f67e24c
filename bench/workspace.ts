import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { walkFiles } from '../generators/util/walk-files';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listOwnedFiles } from '../generators/emit/drift';
import { OWNED_DIRS, OWNED_FILES } from '../generators/emit/owned-dirs';
import { dataTablesPath } from '../generators/render/markdown/data-tables';
import { SOURCE_ROOTS } from '../generators/load/source-layout';
import type { Size } from './sizes';
import { syntheticEcosystem } from './synthetic';

export const REPO_ROOT = join(__dirname, '..');
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json', 'generators', 'src', 'static'];

/**
 * A temporary site: the repo's code and config, node_modules linked, and either
 * the bundled example's sources (S) or a synthetic ecosystem. Generated files
 * are removed so the first gen is cold.
 */
export function makeBenchSite(size: Size | undefined): string {
  const root = mkdtempSync(join(tmpdir(), `bench-${size?.name ?? 'S'}-`));
  for (const entry of SITE_FILES) cpSync(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (size === undefined) {
    for (const dir of [...SOURCE_ROOTS, 'docs']) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
  } else {
    cpSync(join(REPO_ROOT, 'schemas', 'meta'), join(root, 'schemas', 'meta'), { recursive: true });
    for (const file of ['registry/policy-pack.json', 'registry/error-taxonomy.json']) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(join(REPO_ROOT, file), join(root, file));
    }
    const pack = readFileSync(join(REPO_ROOT, 'registry', 'policy-pack.json'), 'utf8');
    for (const [path, content] of Object.entries(syntheticEcosystem(size, pack))) write(root, path, content);
    // The hand-written pages describe the bundled ecosystem and link into it; a synthetic site gets a plain home page.
    write(root, 'docs/index.md', '---\ntitle: Synthetic ecosystem\nslug: /\n---\n\n# Synthetic ecosystem\n\nGenerated for the benchmark.\n');
  }
  removeGenerated(root);
  return root;
}

export function removeGenerated(root: string): void {
  for (const dir of OWNED_DIRS) rmSync(join(root, dir), { recursive: true, force: true });
  for (const file of OWNED_FILES) rmSync(join(root, file), { force: true });
  for (const file of listOwnedFiles(root)) rmSync(join(root, file), { force: true });
  rmSync(join(root, '.cache-ops'), { recursive: true, force: true });
}

export function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/**
 * Generated Markdown pages under docs/, with their sizes: what floor (b)
 * imitates. A page's tables live in a JSON module beside it; they are part of
 * the page and count towards its size.
 */
export function generatedPages(root: string): number[] {
  const sizes: number[] = [];
  for (const dir of OWNED_DIRS.filter((d) => d.startsWith('docs/'))) {
    for (const path of walkFiles(root, dir).files) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const folder = join(root, path.slice(0, path.lastIndexOf('/')));
      if (/\.mdx?$/.test(name) && !name.startsWith('_')) sizes.push(readFileSync(join(root, path)).length + tablesSize(folder, name));
    }
  }
  return sizes;
}

/**
 * Floor (b): a site with the same number of plain Markdown pages of the same
 * average size, the same preset and themes, and none of this project's plugins.
 */
export function makeFloorSite(pageCount: number, averageBytes: number): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(REPO_ROOT, 'src', 'css'), join(root, 'src', 'css'), { recursive: true });
  write(
    root,
    'docusaurus.config.ts',
    `export default {
  title: 'Floor', url: 'https://floor.example.org', baseUrl: '/', future: { v4: true },
  onBrokenLinks: 'throw', markdown: { mermaid: true },
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, theme: { customCss: './src/css/custom.css' } }]],
  themes: ['@docusaurus/theme-mermaid', ['@easyops-cn/docusaurus-search-local', { hashed: true, indexBlog: false, docsRouteBasePath: '/' }]],
};
`,
  );
  const paragraph = 'The floor site has plain pages of about the same size as the generated ones, with a table and a list. ';
  for (let i = 0; i < pageCount; i++) {
    const lines = [`---\ntitle: Page ${i}\n${i === 0 ? 'slug: /\n' : ''}---\n`, `# Page ${i}\n`, '| a | b |', '| - | - |', '| 1 | 2 |', '', '- one', '- two', ''];
    let text = lines.join('\n');
    while (text.length < averageBytes) text += paragraph;
    write(root, `docs/section${i % 10}/page-${i}.md`, text + '\n');
  }
  return root;
}

function tablesSize(dir: string, page: string): number {
  try {
    return readFileSync(dataTablesPath(join(dir, page))).length;
  } catch {
    return 0;
  }
}
