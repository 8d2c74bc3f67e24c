import { posix } from 'node:path';
import { SOURCE_LAYOUT } from '../load/source-layout';

/** What a link in an ADR body may point at; the rest is broken or unsafe. */
export interface LinkContext {
  /** ADR files (`adr/NNNN-x.md`), contract ids, member names and hand-written pages (`docs/x.md`) that exist. */
  readonly adrFiles: ReadonlySet<string>;
  readonly contracts: ReadonlySet<string>;
  readonly members: ReadonlySet<string>;
  readonly pages: ReadonlySet<string>;
  /** Anchors of the ADR's own page: the slugs of its headings. */
  readonly anchors: ReadonlySet<string>;
}

export type LinkTarget =
  | { readonly kind: 'external' }
  | { readonly kind: 'unsafe'; readonly scheme: string }
  | { readonly kind: 'anchor' }
  /** A source or page of the manual: an ADR, a contract, a member or a hand-written page. */
  | { readonly kind: 'page'; readonly target: PageTarget; readonly suffix: string }
  | { readonly kind: 'broken'; readonly why: string };

export type PageTarget =
  | { readonly adr: string }
  | { readonly contract: string }
  | { readonly member: string }
  | { readonly page: string };

/** Schemes a link in an ADR may use; anything else (`javascript:`, `data:`, `file:`) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Classifies a link of an ADR body as written from `adr/<file>.md`. Relative links
 * to other ADRs, contract schemas, member manifests and hand-written pages are
 * what the manual can resolve; a relative link to anything else would be a broken
 * link in the built site, so it is reported before the build.
 */
export function adrLinkTarget(adrFile: string, url: string, context: LinkContext): LinkTarget {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) return SAFE_SCHEMES.has(scheme) ? { kind: 'external' } : { kind: 'unsafe', scheme };
  if (url.startsWith('//')) return { kind: 'external' };
  if (url.startsWith('#')) {
    const anchor = safeDecode(url.slice(1));
    return anchor !== undefined && context.anchors.has(anchor) ? { kind: 'anchor' } : { kind: 'broken', why: `the page has no heading with the anchor "${url}"` };
  }
  if (url.startsWith('/')) return { kind: 'broken', why: 'links from the site root depend on where the site is served; link to the file relative to adr/' };
  const cut = url.search(/[?#]/);
  const path = safeDecode(cut === -1 ? url : url.slice(0, cut));
  if (path === undefined) return { kind: 'broken', why: 'it holds a "%" that is not a valid escape (write %25 for a literal %)' };
  const suffix = cut === -1 ? '' : url.slice(cut);
  const resolved = posix.normalize(posix.join(posix.dirname(adrFile), path));
  const target = pageTarget(resolved, context);
  return target === undefined ? { kind: 'broken', why: `${resolved} is not an ADR, contract, member manifest or page of the manual` } : { kind: 'page', target, suffix };
}

function pageTarget(path: string, context: LinkContext): PageTarget | undefined {
  if (context.adrFiles.has(path)) return { adr: path };
  if (context.pages.has(path)) return { page: path };
  const contract = new RegExp(`^${SOURCE_LAYOUT.contractsDir}/([^/]+)\\.schema\\.json$`).exec(path)?.[1];
  if (contract !== undefined && context.contracts.has(contract)) return { contract };
  const member = new RegExp(`^${SOURCE_LAYOUT.projectsDir}/([^/]+)\\.json$`).exec(path)?.[1];
  if (member !== undefined && context.members.has(member)) return { member };
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
