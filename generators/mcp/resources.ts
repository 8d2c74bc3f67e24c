import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SITE_URL } from '../model/contract-id';
import { CATALOG_JSON } from '../render/machines/catalog-json';
import { LLMS_FULL_TXT, LLMS_TXT } from '../render/machines/llms-txt';
import { sitePages } from '../render/machines/site-pages';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import type { ManualState } from './manual-state';

/**
 * Every page's Markdown copy as a resource, named by its URL on the site
 * (`https://ops-manual.example.org/contracts/event.v2.md`, the links of
 * llms.txt), plus llms.txt, llms-full.txt and catalog.json. The content is what
 * the working tree generates now, not what is deployed.
 */
export function registerResources(server: McpServer, state: ManualState): void {
  const files = [LLMS_TXT, LLMS_FULL_TXT, CATALOG_JSON];
  server.registerResource(
    'pages',
    new ResourceTemplate(`${SITE_URL}/{+path}`, {
      list: () => {
        const { result } = state.current();
        if (!result.ok) return { resources: [] };
        const pages = sitePages(result.catalog).map((p) => ({ uri: uriOf(p.copyPath), name: p.title, mimeType: 'text/markdown', ...(p.description === undefined ? {} : { description: p.description }) }));
        const data = files.map((path) => ({ uri: uriOf(path), name: path.slice('static/'.length), mimeType: path.endsWith('.json') ? 'application/json' : 'text/plain' }));
        return { resources: [...data, ...pages] };
      },
    }),
    { title: 'Pages of the manual', description: 'The Markdown copy of every page, llms.txt, llms-full.txt and catalog.json, as the working tree generates them.' },
    async (uri) => {
      const snapshot = state.current();
      if (!snapshot.result.ok) throw new Error(`The sources of the manual have problems, so no page can be generated:\n${formatDiagnostics(snapshot.result.diagnostics)}`);
      const path = pathOf(uri.href);
      const text = path === undefined ? undefined : (await snapshot.plan()).get(path);
      const servable = path !== undefined && (files.includes(path) || sitePages(snapshot.result.catalog).some((p) => p.copyPath === path));
      if (text === undefined || !servable) throw new Error(`No page ${JSON.stringify(uri.href)}: list the resources for the pages that exist (their URIs are the links of ${SITE_URL}/llms.txt).`);
      return { contents: [{ uri: uri.href, mimeType: path.endsWith('.json') ? 'application/json' : path.endsWith('.md') ? 'text/markdown' : 'text/plain', text }] };
    },
  );
}

function uriOf(staticPath: string): string {
  return `${SITE_URL}/${staticPath.slice('static/'.length)}`;
}

/** `https://…/contracts/event.v2.md` → `static/contracts/event.v2.md`; undefined for anything that is not a plain path of the site. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith(`${SITE_URL}/`)) return undefined;
  const path = uri.slice(SITE_URL.length + 1);
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/.test(path) || path.split('/').includes('..')) return undefined;
  return `static/${path}`;
}
