import type { BlockContent } from 'mdast';
import type { AdrDoc } from '../../validate/validated-sources';
import { link, list, paragraph, text } from '../markdown/mdast';
import { pagePath, relativeLink } from '../page-paths';

/**
 * The ADRs that name a contract or member in `affects`, linked to their decision
 * pages. Built from the catalog's ADRs, so a link exists exactly when the ADR does.
 */
export function decisionList(fromPage: string, adrs: readonly AdrDoc[], none: string): BlockContent {
  if (adrs.length === 0) return paragraph(text(none));
  return list(
    adrs.map((adr) => [
      link(relativeLink(fromPage, pagePath.adr(adr.file)), text(`ADR ${String(adr.doc.id).padStart(4, '0')}: ${adr.doc.title}`)),
      text(` (${adr.doc.status}, ${adr.doc.date})`),
    ]),
  );
}
