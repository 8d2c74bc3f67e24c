import type { RootContent } from 'mdast';
import { pluginsOf, pluginSuite, type PluginSuite } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { categoryFile } from '../markdown/category-file';
import { code, heading, link, paragraph, table, text } from '../markdown/mdast';
import { addFiles, renderPage } from '../markdown/render-page';
import { pagePath, relativeLink } from '../page-paths';
import { eventAnchor, LIFECYCLE_EVENTS_PAGE, PLUGINS_CATEGORY } from './plugin-paths';

/** The plugins index, grouped by lifecycle event, each plugin marked enabled or disabled; and the sidebar category. */
export const pluginsIndex: Generator = {
  name: 'render/plugins/plugins-index.ts',
  render(catalog) {
    const files = new Map<string, string>();
    const suite = pluginSuite(catalog);
    if (suite === undefined) return files;
    const sources = [suite.pack.file, ...suite.plugins.map((p) => p.file)];
    addFiles(
      files,
      renderPage(pagePath.pluginsIndex(), {
        frontMatter: {
          title: 'Plugins',
          description: 'Every automation plugin by lifecycle event: what it solves, whether it is enabled, and its generated lifecycle files.',
        },
        notice: generatedNotice(this.name, sources),
        children: page(suite),
      }),
    );
    files.set(PLUGINS_CATEGORY, categoryFile(generatedNotice(this.name, [suite.pack.file]), 'Plugins', 30, 'plugins/index'));
    return files;
  },
};

function page(suite: PluginSuite): RootContent[] {
  const here = pagePath.pluginsIndex();
  const enabled = suite.plugins.filter((p) => p.spec.enabled).length;
  const n = suite.plugins.length;
  return [
    heading(1, text('Plugins')),
    paragraph(
      text(`${n} plugin${n === 1 ? '' : 's'}, ${enabled} enabled and ${n - enabled} disabled, checked against policy pack `),
      code(suite.pack.doc.version),
      text('. Each is bound to exactly one '),
      link(relativeLink(here, LIFECYCLE_EVENTS_PAGE), text('lifecycle event')),
      text(', is written as one '),
      code('plugin.spec.json'),
      text(', and has five generated files: manifest, policy snapshot, ledger contract, README and healthcheck.'),
    ),
    ...suite.pack.doc.lifecycleEvents.flatMap((event): RootContent[] => {
      const bound = pluginsOf(suite, event.name);
      return [
        heading(2, text(event.name)),
        paragraph(
          text(event.trigger),
          text(' '),
          link(`${relativeLink(here, LIFECYCLE_EVENTS_PAGE)}#${eventAnchor(event.name)}`, text('Inputs, actions and ledger fields')),
          text('.'),
        ),
        bound.length === 0
          ? paragraph(text('No plugin is bound to this event yet.'))
          : table(
              ['Plugin', 'Status', 'Version', 'Owner', 'What it solves'],
              bound.map((p) => [
                [link(relativeLink(here, pagePath.plugin(p.name)), text(p.name))],
                [text(p.spec.enabled ? 'enabled' : 'disabled')],
                [code(p.spec.version)],
                [text(p.spec.owner)],
                [text(p.spec.description)],
              ]),
            ),
      ];
    }),
  ];
}
