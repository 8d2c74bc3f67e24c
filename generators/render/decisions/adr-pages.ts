import type { PhrasingContent, RootContent } from 'mdast';
import type { Catalog } from '../../model/catalog';
import { parseAdrBody, plainText } from '../../model/adr-body';
import { adrNumber, adrRelations, relationsOf } from '../../model/adr-relations';
import type { AdrDoc } from '../../validate/validated-sources';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { code, heading, joined, link, list, paragraph, strong, text } from '../markdown/mdast';
import { sidebarGroup } from '../markdown/sidebar-group';
import { addFiles, renderPage } from '../markdown/render-page';
import { pagePath, relativeLink } from '../page-paths';
import { adrBodyNodes, catalogLinkContext } from './adr-body-nodes';
import { adrLink, statusBadge } from './adr-link';

/** The page's doc id within docs/decisions/: the file name kept whole, number included. */
export function adrDocId(adrFile: string): string {
  return pagePath.adr(adrFile).slice('docs/decisions/'.length).replace(/\.md$/, '');
}

/**
 * One page per ADR at `pagePath.adr(file)`: title, status badge, date, tags, its
 * relations both ways, the contracts and members it affects, then the body.
 */
export const adrPages: Generator = {
  name: 'render/decisions/adr-pages.ts',
  render(catalog) {
    const relations = adrRelations(catalog.adrs);
    const byId = new Map(catalog.adrs.map((a) => [a.doc.id, a]));
    const files = new Map<string, string>();
    const linkTargets = catalogLinkContext(catalog);
    for (const adr of catalog.adrs) {
      const page = pagePath.adr(adr.file);
      const r = relationsOf(relations, adr.doc.id);
      const links = (ids: readonly number[]): PhrasingContent[] =>
        joined(ids.flatMap((id) => {
          const target = byId.get(id);
          return target === undefined ? [] : [[adrLink(page, target)]];
        }));
      const relationItems: Array<[string, readonly number[]]> = [
        ['Supersedes', r.supersedes],
        ['Superseded by', r.supersededBy],
        ['Refines', r.refines],
        ['Refined by', r.refinedBy],
      ];
      const children: RootContent[] = [
        heading(1, text(adr.doc.title)),
        paragraph(...metaLine(adr)),
        ...(r.supersededBy.length > 0
          ? [paragraph(strong(text('This decision is superseded.')), text(' Read '), ...links(r.supersededBy), text(' instead.'))]
          : []),
        ...listOf([
          ...relationItems.filter(([, ids]) => ids.length > 0).map(([label, ids]) => [strong(text(`${label}:`)), text(' '), ...links(ids)]),
          ...affectsItems(catalog, adr, page),
          ...peopleItems(adr),
        ]),
        ...adrBodyNodes(adr.file, adr.body, linkTargets, adr.doc.title),
      ];
      addFiles(
        files,
        renderPage(page, {
          frontMatter: {
            id: adrDocId(adr.file),
            title: `ADR ${adrNumber(adr.doc.id)}: ${adr.doc.title}`,
            sidebar_label: `${adrNumber(adr.doc.id)} ${adr.doc.title}`,
            sidebar_position: adr.doc.id,
            ...sidebarGroup(adrRange(adr.doc.id)),
            description: describe(adr),
          },
          notice: generatedNotice(this.name, [adr.file]),
          children,
        }),
      );
    }
    return files;
  },
};

function listOf(items: PhrasingContent[][]): RootContent[] {
  return items.length === 0 ? [] : [list(items)];
}

function metaLine(adr: AdrDoc): PhrasingContent[] {
  const tags = adr.doc.tags ?? [];
  return [
    strong(text(`ADR ${adrNumber(adr.doc.id)}`)),
    text(' · '),
    statusBadge(adr.doc.status),
    text(' · '),
    text(adr.doc.date),
    ...(tags.length > 0 ? [text(' · tags: '), ...joined(tags.map((t) => [code(t)]))] : []),
  ];
}

/** MADR's RACI fields, as written: a list or one line of names. */
const PEOPLE = [
  ['decision-makers', 'Decision-makers'],
  ['consulted', 'Consulted'],
  ['informed', 'Informed'],
] as const;

function peopleItems(adr: AdrDoc): PhrasingContent[][] {
  return PEOPLE.flatMap(([field, label]) => {
    const value = adr.doc[field];
    if (value === undefined) return [];
    const names = typeof value === 'string' ? value : value.join(', ');
    return [[strong(text(`${label}:`)), text(` ${names}`)]];
  });
}

function affectsItems(catalog: Catalog, adr: AdrDoc, page: string): PhrasingContent[][] {
  const affects = adr.doc.affects ?? [];
  const contracts = new Set(catalog.contracts.map((c) => c.id));
  const members = new Set(catalog.members.map((m) => m.name));
  const contractLinks = affects.filter((a) => contracts.has(a)).sort().map((id) => [link(relativeLink(page, pagePath.contract(id)), code(id))]);
  const memberLinks = affects.filter((a) => members.has(a) && !contracts.has(a)).sort().map((name) => [link(relativeLink(page, pagePath.member(name)), text(name))]);
  return [
    ...(contractLinks.length > 0 ? [[strong(text('Affects contracts:')), text(' '), ...joined(contractLinks)]] : []),
    ...(memberLinks.length > 0 ? [[strong(text('Affects members:')), text(' '), ...joined(memberLinks)]] : []),
  ];
}

/** The page description: the first paragraph of the Decision section (MADR: Decision Outcome), cut at a word near 200 characters. */
function describe(adr: AdrDoc): string {
  const tree = parseAdrBody(adr.body);
  const at = tree.children.findIndex((n) => n.type === 'heading' && DECISION.has(plainText(n).trim().toLowerCase()));
  const first = tree.children.slice(at + 1).find((n) => n.type === 'paragraph' || n.type === 'list');
  const blocks = first === undefined ? [] : first.type === 'list' ? first.children : [first];
  const full = (blocks.length === 0 ? adr.doc.title : blocks.map(plainText).join(' ')).replace(/\s+/g, ' ').trim();
  if (full.length <= 200) return full;
  const cut = full.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}

const DECISION = new Set(['decision', 'decision outcome']);

/** ADRs are grouped in the sidebar by blocks of fifty ids: `0001–0050`. */
function adrRange(id: number): string {
  const start = Math.floor((id - 1) / 50) * 50 + 1;
  return `${adrNumber(start)}–${adrNumber(start + 49)}`;
}
