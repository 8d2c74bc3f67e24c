import type { BlockContent, Nodes, PhrasingContent, RootContent } from 'mdast';
import { isBreaking } from '../../evolution/format-change';
import type { Catalog, Contract } from '../../model/catalog';
import { familyChangelog, type ChangelogEntry } from '../../model/contract-changelog';
import { adrNumber } from '../../model/adr-relations';
import type { AdrDoc } from '../../validate/validated-sources';
import { linkContext } from '../../model/adr-link-context';
import { adrBodyNodes } from '../decisions/adr-body-nodes';
import { code, heading, link, list, paragraph, strong, table, text } from '../markdown/mdast';
import { pagePath, relativeLink } from '../page-paths';
import { contractLink } from '../registry/links';

/**
 * The family's changelog on every version's page: per version, the ADR that
 * introduced it, its date, each change classified for readers and writers
 * (breaking ones marked), and the ADR's migration note.
 */
export function changelogSection(catalog: Catalog, contract: Contract, page: string): RootContent[] {
  const entries = familyChangelog(catalog, contract);
  return [
    heading(2, text(`Changelog of the ${contract.family} family`)),
    ...entries.flatMap((entry) => entrySection(entry, page)),
  ];
}

function entrySection(entry: ChangelogEntry, page: string): RootContent[] {
  const title = [contractLink(page, entry.contract.id)];
  if (entry.previous === undefined) return [heading(3, ...title), paragraph(text('The first version.'))];
  const breaking = entry.changes.filter(isBreaking).length;
  return [
    heading(3, ...title),
    paragraph(...decidedBy(entry.adrs, page), text(` Compared with `), code(entry.previous.id), text(`: ${entry.changes.length} change${entry.changes.length === 1 ? '' : 's'}, ${breaking} breaking.`)),
    ...(entry.changes.length === 0
      ? []
      : [
          table(
            ['Field', 'Change', 'For readers', 'For writers'],
            entry.changes.map((c) => [
              [code(c.path === '' ? '(document)' : c.path)],
              [text(c.detail)],
              impact(c.readers),
              impact(c.writers),
            ]),
          ),
        ]),
    ...entry.adrs.flatMap((adr) => migrationNote(adr, page)),
  ];
}

function decidedBy(adrs: readonly AdrDoc[], page: string): PhrasingContent[] {
  if (adrs.length === 0) return [text('No decision record introduces it.')];
  return [
    text('Introduced by '),
    ...adrs.flatMap((adr, i) => [
      ...(i > 0 ? [text(', ')] : []),
      link(relativeLink(page, pagePath.adr(adr.file)), text(`ADR ${adrNumber(adr.doc.id)}`)),
      text(` (${adr.doc.status}, ${adr.doc.date})`),
    ]),
    text('.'),
  ];
}

function impact(value: 'breaking' | 'compatible'): PhrasingContent[] {
  return value === 'breaking' ? [strong(text('breaking'))] : [text('compatible')];
}

const NO_LINK_TARGETS = linkContext({ adrFiles: [], contracts: [], members: [], pages: [] });

/**
 * The body of an ADR's Migration section as page nodes, its links reduced to
 * text (they were written for the ADR's own page); undefined without one.
 * Links become text, so where they would point does not matter here.
 */
export function migrationSection(adr: AdrDoc): BlockContent[] | undefined {
  const nodes = adrBodyNodes(adr.file, adr.body, NO_LINK_TARGETS);
  const start = nodes.findIndex((n) => n.type === 'heading' && plainText(n).trim().toLowerCase() === 'migration');
  if (start === -1) return undefined;
  const depth = (nodes[start] as { depth: number }).depth;
  const end = nodes.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
  return nodes.slice(start + 1, end === -1 ? undefined : end).map(unlink) as BlockContent[];
}

function migrationNote(adr: AdrDoc, page: string): RootContent[] {
  const section = migrationSection(adr);
  if (section === undefined) return [];
  return [
    paragraph(strong(text('Migration note')), text(' from '), link(relativeLink(page, pagePath.adr(adr.file)), text(`ADR ${adrNumber(adr.doc.id)}`)), text(':')),
    ...(section.length > 0 ? section : [list([[text('(empty)')]])]),
  ];
}

function unlink<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).flatMap((child) => (child.type === 'link' ? (child.children as Nodes[]).map(unlink) : [unlink(child)]));
  return { ...node, children } as T;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
