import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { STATUS_BADGE } from '../../../src/components/DecisionFilter/statusBadge';
import { adrNumber } from '../../model/adr-relations';
import type { AdrDoc } from '../../validate/validated-sources';
import { link, text } from '../markdown/mdast';
import { pagePath, relativeLink } from '../page-paths';

/** `0003 Title`, linked from `fromPage` to the ADR's page. */
export function adrLink(fromPage: string, adr: AdrDoc): PhrasingContent {
  return link(relativeLink(fromPage, pagePath.adr(adr.file)), text(`${adrNumber(adr.doc.id)} ${adr.doc.title}`));
}

/**
 * The status as an Infima badge. The class comes from a fixed map keyed by the
 * status enum, and the label is a text node, so no source text becomes markup.
 */
export function statusBadge(status: AdrDoc['doc']['status']): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: `badge ${STATUS_BADGE[status]}` },
      { type: 'mdxJsxAttribute', name: 'data-status', value: status },
    ],
    children: [text(status)],
    data: { markdown: [text(status)] },
  };
}
