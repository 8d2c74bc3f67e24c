import { markdownCopyUrl } from '../../../src/markdown-copy/copy-url';
import type { Catalog } from '../../model/catalog';
import { adrNumber } from '../../model/adr-relations';
import { SITE_URL } from '../../model/contract-id';
import { pluginSuite } from '../../model/plugin-view';
import { compareStrings } from '../../util/canonical-json';
import { markdownCopyPath } from '../markdown/markdown-copy';
import { pagePath, routeOfPage } from '../page-paths';
import { LIFECYCLE_EVENTS_PAGE } from '../plugins/plugin-paths';

/** What the files describing the whole manual are generated from, for their notices: every source folder, not each of thousands of files. */
export const MACHINE_SOURCES: readonly string[] = ['registry/', 'schemas/contracts/', 'adr/', 'docs/*.md'];

export type SiteSection = 'manual' | 'registry' | 'contracts' | 'plugins' | 'decisions';

/** One page of the site, as llms.txt, llms-full.txt and catalog.json list it. */
export interface SitePage {
  readonly section: SiteSection;
  readonly title: string;
  readonly description: string | undefined;
  /** The page's URL path, e.g. `/contracts/event.v2`. */
  readonly route: string;
  /** Where its Markdown copy is planned: `static/contracts/event.v2.md`. */
  readonly copyPath: string;
}

export const SECTION_TITLES: Readonly<Record<SiteSection, string>> = {
  manual: 'Manual',
  registry: 'Registry',
  contracts: 'Contracts',
  plugins: 'Plugins',
  decisions: 'Decisions',
};

/**
 * Every page of the site, in sidebar order: the hand-written pages by their
 * position, then the generated sections as the sidebar places them (registry,
 * contracts, plugins, decisions), each with its index first and then its pages
 * by name (ADRs by number). Long sections are grouped in the sidebar; here they
 * stay one list. The plan must hold a Markdown copy of each (llms-full.txt
 * checks it) and no other.
 */
export function sitePages(catalog: Catalog): readonly SitePage[] {
  // One per (frozen) catalog: llms.txt, llms-full.txt, catalog.json and the MCP resources list it.
  const known = listed.get(catalog);
  if (known !== undefined) return known;
  const pages = listPages(catalog);
  listed.set(catalog, pages);
  return pages;
}

const listed = new WeakMap<Catalog, readonly SitePage[]>();

function listPages(catalog: Catalog): SitePage[] {
  const generated = (section: SiteSection, doc: string, title: string, description: string | undefined): SitePage => {
    const route = routeOfPage(doc);
    if (route === undefined) throw new Error(`${doc} is not a page under docs/`);
    return { section, title, description, route, copyPath: markdownCopyPath(route) };
  };
  const manual = [...catalog.pages]
    .sort((a, b) => (a.doc.sidebar_position ?? Infinity) - (b.doc.sidebar_position ?? Infinity) || compareStrings(a.file, b.file))
    .map((p): SitePage => ({ section: 'manual', title: p.doc.title ?? firstHeading(p.body) ?? p.route, description: p.doc.description, route: p.route, copyPath: markdownCopyPath(p.route) }));
  const registry = [
    generated('registry', pagePath.registryIndex(), 'Ecosystem', `Members of ${catalog.registry.doc.name}: bus roles, seams, entrypoints and run records.`),
    ...catalog.members.map((m) => generated('registry', pagePath.member(m.name), m.name, m.manifest?.doc.summary ?? `${m.name}: a draft member, not yet admitted.`)),
  ];
  const contracts = [
    generated('contracts', pagePath.contractsIndex(), 'Contracts', 'Every bus contract by bus: producer, consumers and versions.'),
    ...catalog.contracts.map((c) => generated('contracts', pagePath.contract(c.id), c.id, c.schema.description)),
  ];
  const suite = pluginSuite(catalog);
  const plugins =
    suite === undefined
      ? []
      : [
          generated('plugins', pagePath.pluginsIndex(), 'Plugins', 'Every automation plugin by lifecycle event: what it solves, whether it is enabled, and its generated lifecycle files.'),
          generated('plugins', LIFECYCLE_EVENTS_PAGE, 'Lifecycle events', `The lifecycle events of policy pack ${suite.pack.doc.version}.`),
          ...suite.plugins.map((p) => generated('plugins', pagePath.plugin(p.name), p.name, p.spec.description)),
        ];
  const decisions = [
    generated('decisions', pagePath.decisionsIndex(), 'Decision registry', 'Every architecture decision record of the ecosystem, with a timeline and a relations graph.'),
    ...catalog.adrs.map((a) => generated('decisions', pagePath.adr(a.file), `ADR ${adrNumber(a.doc.id)}: ${a.doc.title}`, a.doc.status)),
  ];
  return [...manual, ...registry, ...contracts, ...plugins, ...decisions];
}

/** The page's URL and its Markdown copy's URL on the site. */
export function pageUrls(route: string): { readonly page: string; readonly markdown: string } {
  return { page: SITE_URL + route, markdown: SITE_URL + markdownCopyUrl(route) };
}

function firstHeading(body: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
}
