import { posix } from 'node:path';

/**
 * Where each generated page lives, in one place, so every cross-link between
 * sections is computed rather than spelled out by hand.
 */
export const pagePath = {
  contract: (id: string): string => `docs/contracts/${id}.md`,
  contractsIndex: (): string => 'docs/contracts/index.md',
  member: (name: string): string => `docs/registry/${name}.md`,
  registryIndex: (): string => 'docs/registry/index.md',
  /** ADR pages keep the source's file name: `adr/0003-x.md` → `docs/decisions/0003-x.md`. */
  adr: (adrFile: string): string => `docs/decisions/${posix.basename(adrFile)}`,
  decisionsIndex: (): string => 'docs/decisions/index.md',
  plugin: (name: string): string => `docs/plugins/${name}.md`,
  pluginsIndex: (): string => 'docs/plugins/index.md',
};

/** A relative Markdown link from one generated page to another; Docusaurus resolves and checks it. */
export function relativeLink(fromPage: string, toPage: string): string {
  const rel = posix.relative(posix.dirname(fromPage), toPage);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * The URL of a page under docs/ (the docs plugin serves docs/ at `/` and no
 * generated page sets a slug): `docs/contracts/x.md` → `/contracts/x`,
 * `docs/contracts/index.md` → `/contracts/`. Undefined outside docs/.
 */
export function routeOfPage(docPath: string): string | undefined {
  const normal = posix.normalize(docPath);
  if (!normal.startsWith('docs/') || !/\.mdx?$/.test(normal)) return undefined;
  const route = '/' + normal.slice('docs/'.length).replace(/\.mdx?$/, '');
  return route.endsWith('/index') ? route.slice(0, -'index'.length) : route;
}
