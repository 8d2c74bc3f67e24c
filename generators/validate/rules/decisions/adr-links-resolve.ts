import type { Nodes } from 'mdast';
import { diagnostic, warning } from '../../../diagnostics/diagnostic';
import { parseAdrBody } from '../../../model/adr-body';
import { headingAnchors, linkContext } from '../../../model/adr-link-context';
import { adrLinkTarget } from '../../../model/adr-link-target';
import { contractIdOf } from '../../../model/contract-id';
import { rejectedContractIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/**
 * Every link and image in an ADR body resolves before the build would find out:
 * relative links point at an ADR, a contract, a member or a page of the manual,
 * in-page anchors at a heading. Links with a scheme other than http, https or
 * mailto (`javascript:`, `data:`) are dropped from the page, with a warning.
 */
export const adrLinksResolve: Rule = {
  name: 'adr-links-resolve',
  codes: ['ADR_LINK_BROKEN', 'ADR_LINK_UNSAFE'],
  check(sources, report) {
    const context = linkContext({
      adrFiles: [...sources.adrs.map((a) => a.file), ...sources.rejected],
      contracts: [...sources.contracts.map((c) => contractIdOf(c.file)), ...rejectedContractIds(sources)],
      members: Object.keys(sources.registry?.doc.members ?? {}),
      pages: [...sources.pages.map((p) => p.file), ...sources.rejected],
    });
    for (const adr of sources.adrs) {
      const tree = parseAdrBody(adr.body);
      const anchors = headingAnchors(tree);
      const walk = (node: Nodes): void => {
        if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
          const at = { line: adr.bodyLine + (node.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1 };
          const target = adrLinkTarget(adr.file, node.url, { ...context, anchors });
          const what = node.type === 'image' ? 'image' : 'link';
          if (target.kind === 'broken') {
            report({ ...diagnostic('ADR_LINK_BROKEN', adr.file, '', `The ${what} "${node.url}" leads nowhere: ${target.why}.`, 'Link to another ADR, a contract schema, a member manifest or a page of docs/ by its path relative to adr/ (e.g. ./0002-x.md, ../schemas/contracts/event.v1.schema.json), to a heading of this ADR by its anchor, or to an http(s) URL.'), ...at });
          } else if (target.kind === 'unsafe') {
            report({ ...warning('ADR_LINK_UNSAFE', adr.file, '', `The ${what} "${node.url.slice(0, 80)}" uses the "${target.scheme}:" scheme; it is left out of the page (its text stays).`, 'Use an http, https or mailto link.'), ...at });
          }
        }
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
      };
      walk(tree);
    }
  },
};
