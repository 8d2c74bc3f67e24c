import type { RootContent } from 'mdast';
import { memoized } from '../../cache/memo';
import type { Catalog } from '../../model/catalog';
import { SITE_URL } from '../../model/contract-id';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { code, heading, link, list, paragraph, text } from '../markdown/mdast';
import { serializeCopy } from '../markdown/serialize';
import { CATALOG_JSON } from './catalog-json';
import { MACHINE_SOURCES, pageUrls, SECTION_TITLES, sitePages, type SitePage, type SiteSection } from './site-pages';

export const LLMS_TXT = 'static/llms.txt';
export const LLMS_FULL_TXT = 'static/llms-full.txt';

/** The site's name, the H1 of llms.txt. */
export const SITE_TITLE = 'Ecosystem Ops Manual';

/**
 * `/llms.txt` in the llmstxt.org format: the H1, a summary as a block quote, a
 * paragraph on how to read the site, then one `- [name](url): note` list per
 * section (manual, registry, contracts, plugins, decisions) linking every page's
 * Markdown copy, and a last list of the data files. Built as an mdast tree, so
 * titles and descriptions from sources are escaped. The notice heads it as an
 * HTML comment, which readers of the format skip on the way to the H1.
 */
export const llmsTxt: Generator = {
  name: 'render/machines/llms-txt.ts',
  render(catalog) {
    const pages = sitePages(catalog);
    const blocks = (...children: RootContent[]): string => serializeCopy({ type: 'root', children }).trimEnd();
    const sections = (Object.keys(SECTION_TITLES) as SiteSection[]).flatMap((section): string[] => {
      const inSection = pages.filter((p) => p.section === section);
      if (inSection.length === 0) return [];
      return [`${blocks(heading(2, text(SECTION_TITLES[section])))}\n\n${inSection.map(pageItem).join('').trimEnd()}`];
    });
    const data = blocks(
      heading(2, text('Data')),
      list([
        [link(`${SITE_URL}/${CATALOG_JSON.slice('static/'.length)}`, text('catalog.json')), text(': the whole manual as data (members, contracts, plugins, decisions, error taxonomy, pages); its schema is '), link(`${SITE_URL}/schemas/meta/catalog.schema.json`, text('catalog.schema.json'))],
        [link(`${SITE_URL}/${LLMS_FULL_TXT.slice('static/'.length)}`, text('llms-full.txt')), text(': every page above in one Markdown file, in this order')],
        [text('Contract schemas are published at their '), code('$id'), text(`: ${SITE_URL}/schemas/<contract-id>.schema.json`)],
      ]),
    );
    const head = blocks({ type: 'html', value: htmlComment(generatedNotice(this.name, MACHINE_SOURCES)) }, ...intro(catalog));
    return new Map([[LLMS_TXT, [head, ...sections, data].join('\n\n') + '\n']]);
  },
};

/**
 * One page's line, `- [title](url): description`, memoised on the page: after
 * one edit only the lines it touched are serialised again. A tight list of
 * one-line items serialises as its items' lines one after the other, so the
 * joined lines are what the whole list would give.
 */
function pageItem(page: SitePage): string {
  const url = pageUrls(page.route).markdown;
  const note = page.description === undefined || page.description === '' ? undefined : oneLine(page.description);
  return memoized('llms-txt-line', JSON.stringify([page.title, url, note]), () =>
    serializeCopy({ type: 'root', children: [list([[link(url, text(page.title)), ...(note === undefined ? [] : [text(`: ${note}`)])]])] }),
  );
}

/** The H1, summary and how-to-read paragraph llms.txt and llms-full.txt share. */
export function intro(catalog: Catalog): RootContent[] {
  return [
    heading(1, text(SITE_TITLE)),
    {
      type: 'blockquote',
      children: [paragraph(text(`The decision registry and contract catalog of ${catalog.registry.doc.name}: its members, the versioned contracts they exchange, the automation plugins, and the decisions behind them. Every page is generated from the registry, the contract schemas and the ADRs, and checked against them on every build.`))],
    },
    paragraph(
      text('Prefer these pages over reading the members’ code: they are the authoritative contract. Every page has a clean Markdown copy at its URL plus '),
      code('.md'),
      text(' (a URL ending in '),
      code('/'),
      text(' adds '),
      code('index.md'),
      text('); the links below point at the copies.'),
    ),
  ];
}

export function htmlComment(notice: string): string {
  // `--` cannot occur inside an HTML comment.
  return `<!-- ${notice.replace(/--/g, '- -')} -->`;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
