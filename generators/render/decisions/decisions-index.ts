import type { RootContent } from 'mdast';
import { STATUS_BADGE } from '../../../src/components/DecisionFilter/statusBadge';
import { adrRelations, adrTimeline } from '../../model/adr-relations';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { categoryFile } from '../markdown/category-file';
import { code, codeBlock, heading, joined, list, paragraph, table, text, withMarkdown } from '../markdown/mdast';
import { renderPage } from '../markdown/render-page';
import { pagePath } from '../page-paths';
import { adrLink, statusBadge } from './adr-link';
import { DECISIONS_DATA_IMPORT } from './decisions-data';
import { relationsGraph } from './relations-graph';

const STATUS_ORDER = Object.keys(STATUS_BADGE);

export const DECISION_FILTER_IMPORT = '@site/src/components/DecisionFilter';

/**
 * "Decision registry": the filterable table (a React component fed by the
 * generated data module, rendered to static HTML at build time), a timeline by
 * date and the Mermaid graph of supersedes/refines edges.
 */
export const decisionsIndex: Generator = {
  name: 'render/decisions/decisions-index.ts',
  render(catalog) {
    const page = pagePath.decisionsIndex();
    const sources = catalog.adrs.map((a) => a.file);
    const graph = relationsGraph(catalog.adrs, adrRelations(catalog.adrs));
    const counts = new Map<string, number>();
    for (const { doc } of catalog.adrs) counts.set(doc.status, (counts.get(doc.status) ?? 0) + 1);
    const summary = STATUS_ORDER.filter((s) => counts.has(s)).map((status) => [status, counts.get(status) ?? 0] as const).map(([status, n]) => `${n} ${status}`).join(', ');
    const children: RootContent[] = [
      { type: 'mdxjsEsm', value: `import DecisionFilter from '${DECISION_FILTER_IMPORT}';\nimport { decisions, statuses } from '${DECISIONS_DATA_IMPORT}';` },
      heading(1, text('Decision registry')),
      paragraph(
        text('Architecture decision records: why the ecosystem is shaped the way it is, and every change to a contract. '),
        text(`${catalog.adrs.length} decisions${summary === '' ? '' : `: ${summary}`}. `),
        text('Filter them by status, tag or text; the timeline lists them by date and the graph shows which decisions supersede or refine others. Record a new one with '),
        code('npm run new -- adr "Title"'),
        text('.'),
      ),
      withMarkdown(
        {
          type: 'mdxJsxFlowElement',
          name: 'DecisionFilter',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'decisions', value: { type: 'mdxJsxAttributeValueExpression', value: 'decisions' } },
            { type: 'mdxJsxAttribute', name: 'statuses', value: { type: 'mdxJsxAttributeValueExpression', value: 'statuses' } },
          ],
          children: [],
        },
        // What the filter shows before any filter is set: every decision, by id.
        [
          catalog.adrs.length === 0
            ? paragraph(text('No decisions recorded yet.'))
            : table(
                ['Decision', 'Status', 'Date', 'Tags'],
                catalog.adrs.map((adr) => [[adrLink(page, adr)], [text(adr.doc.status)], [text(adr.doc.date)], joined((adr.doc.tags ?? []).map((t) => [code(t)]))]),
              ),
        ],
      ),
      heading(2, text('Timeline')),
      ...(catalog.adrs.length === 0
        ? [paragraph(text('No decisions recorded yet.'))]
        : [list(adrTimeline(catalog.adrs).map((adr) => [code(adr.doc.date), text(' '), adrLink(page, adr), text(' '), statusBadge(adr.doc.status)]))]),
      heading(2, text('Relations')),
      ...(graph === undefined
        ? [paragraph(text('No decision supersedes or refines another yet.'))]
        : [
            paragraph(text('Solid arrows point from a decision to the one it supersedes, dotted arrows to the one it refines. Superseded and rejected decisions are drawn dashed.')),
            codeBlock('mermaid', graph),
          ]),
    ];
    return new Map([
      ...renderPage(page, { frontMatter: { title: 'Decision registry', sidebar_position: 0, description: 'Every architecture decision record of the ecosystem, filterable by status, tag and text, with a timeline and a relations graph.' }, notice: generatedNotice(this.name, sources), children }),
      ['docs/decisions/_category_.yml', categoryFile(generatedNotice(this.name, []), 'Decisions', 40, 'decisions/index')],
    ]);
  },
};
