import type { RootContent } from 'mdast';
import type { Catalog } from '../../model/catalog';
import { pluginsOf, pluginSuite, type PluginSuite } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { code, heading, joined, link, paragraph, text } from '../markdown/mdast';
import { addFiles, renderPage } from '../markdown/render-page';
import { renderPartial } from '../markdown/render-partial';
import { pagePath, relativeLink } from '../page-paths';
import { lifecycleEventsTable } from './lifecycle-events-table';
import { codeList, inlineCodes, inputsTable } from './plugin-blocks';
import { LIFECYCLE_EVENTS_PAGE, LIFECYCLE_EVENTS_PARTIAL } from './plugin-paths';
import { PARTIALS } from '../partials';

const partialTree = (catalog: Catalog): RootContent[] => PARTIALS.get(LIFECYCLE_EVENTS_PARTIAL)?.tree(catalog) ?? [];

/**
 * The lifecycle events page, rendered from the policy pack, and the table
 * partial that the hand-written operating contract embeds.
 */
export const lifecycleEventsPage: Generator = {
  name: 'render/plugins/lifecycle-events-page.ts',
  render(catalog) {
    const files = new Map<string, string>();
    const suite = pluginSuite(catalog);
    if (suite === undefined) return files;
    const notice = generatedNotice(this.name, [suite.pack.file]);
    addFiles(files, renderPartial(LIFECYCLE_EVENTS_PARTIAL, { notice, children: partialTree(catalog) }));
    addFiles(
      files,
      renderPage(LIFECYCLE_EVENTS_PAGE, {
        frontMatter: {
          title: 'Lifecycle events',
          sidebar_position: 1,
          description: `The lifecycle events of policy pack ${suite.pack.doc.version}: what fires each one, what a plugin receives and may propose, what the ledger records and what the core snapshots.`,
        },
        notice: generatedNotice(this.name, [suite.pack.file, ...suite.plugins.map((p) => p.file)]),
        children: page(suite),
      }),
    );
    return files;
  },
};

function page(suite: PluginSuite): RootContent[] {
  const pack = suite.pack.doc;
  return [
    heading(1, text('Lifecycle events')),
    paragraph(
      text('Policy pack '),
      code(pack.version),
      text(' (sha256 '),
      code(suite.packHash),
      text(
        '). Every plugin is bound to exactly one of these events. A plugin only proposes actions its event allows; the core checks each proposal, snapshots what it will change, applies it, writes the ledger entry and tags the rollback point.',
      ),
    ),
    lifecycleEventsTable(pack),
    heading(2, text('Rules for every event')),
    paragraph(text('Every ledger entry of every plugin records:')),
    codeList(pack.minimumLedgerFields, 'No fields.'),
    paragraph(text('No plugin may ever request:')),
    codeList(pack.forbiddenEverywhere, 'No action is forbidden everywhere.'),
    ...pack.lifecycleEvents.flatMap((event): RootContent[] => {
      const bound = pluginsOf(suite, event.name);
      return [
        heading(2, text(event.name)),
        paragraph(text(event.trigger)),
        heading(3, text('Inputs')),
        inputsTable(event.inputs),
        heading(3, text('Allowed actions')),
        codeList(event.allowedActions, 'None: plugins bound to this event may only report.'),
        heading(3, text('Ledger fields')),
        paragraph(text('The minimum above, and: '), ...inlineCodes(event.requiredLedgerFields), text('.')),
        heading(3, text('Rollback')),
        paragraph(text(event.rollback)),
        heading(3, text('Plugins')),
        bound.length === 0
          ? paragraph(text('No plugin is bound to this event yet.'))
          : paragraph(
              ...joined(
                bound.map((p) => [
                  link(relativeLink(LIFECYCLE_EVENTS_PAGE, pagePath.plugin(p.name)), text(p.name)),
                  ...(p.spec.enabled ? [] : [text(' (disabled)')]),
                ]),
              ),
            ),
      ];
    }),
  ];
}
