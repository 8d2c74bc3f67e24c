/**
 * Where the site serves the Markdown copy of the page at `route`: the route plus
 * `.md`, and `index.md` for a route ending in `/` (`/contracts/event.v2` →
 * `/contracts/event.v2.md`, `/contracts/` → `/contracts/index.md`, `/` →
 * `/index.md`). One function for the generators, which write each copy under
 * static/, and for the page head, which links it.
 */
export function markdownCopyUrl(route: string): string {
  return route.endsWith('/') ? `${route}index.md` : `${route}.md`;
}
