import type { RootContent } from 'mdast';
import type { PluginView } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { perPluginGenerator, type PluginPack } from './per-plugin-generator';
import { code, heading, link, list, paragraph, text } from '../markdown/mdast';
import { sidebarGroup } from '../markdown/sidebar-group';
import { renderPage } from '../markdown/render-page';
import { pagePath, relativeLink } from '../page-paths';
import { codeList, factsList, inputsTable, ledgerTable, neverList, outputsTable, statusLine } from './plugin-blocks';
import { eventAnchor, LIFECYCLE_EVENTS_PAGE, PLUGIN_FILES, pluginFileLink, type PluginFile } from './plugin-paths';

const FILE_ROLES: ReadonlyArray<[PluginFile, string]> = [
  [PLUGIN_FILES.manifest, 'what the core runner needs to discover and dispatch it, with the hash of its spec'],
  [PLUGIN_FILES.policySnapshot, 'the permissions it claims and the policy pack they were checked against'],
  [PLUGIN_FILES.ledgerContract, 'JSON Schema of one ledger entry it writes'],
  [PLUGIN_FILES.readme, 'when it runs, what it may and may not do, what can go wrong'],
  [PLUGIN_FILES.healthcheck, 'the self-test and the signs of silent failure'],
];

/** One catalog page per plugin, linking its five generated files. */
export const pluginPage: Generator = perPluginGenerator('render/plugins/plugin-page.ts', (policy, p, notice) => {
  return renderPage(pagePath.plugin(p.name), {
      frontMatter: {
        title: p.name,
        sidebar_label: p.spec.enabled ? p.name : `${p.name} (disabled)`,
        description: p.spec.description,
        ...sidebarGroup(p.event.name),
      },
      notice,
      children: page(policy, p),
    });
});

function page(policy: PluginPack, p: PluginView): RootContent[] {
  const here = pagePath.plugin(p.name);
  return [
    heading(1, text(p.name)),
    paragraph(...statusLine(p)),
    paragraph(text(p.spec.description)),
    factsList(p, policy.pack.doc.version),
    heading(2, text('When it runs')),
    paragraph(
      text('On '),
      link(`${relativeLink(here, LIFECYCLE_EVENTS_PAGE)}#${eventAnchor(p.event.name)}`, text(p.event.name)),
      text(': '),
      text(p.event.trigger),
    ),
    heading(2, text('Generated files')),
    paragraph(text('Generated from '), code(p.file), text('; never edit them by hand.')),
    list(FILE_ROLES.map(([file, role]) => [link(pluginFileLink(p.name, file), text(file)), text(`: ${role}.`)])),
    heading(2, text('Inputs')),
    inputsTable(p.inputs),
    heading(2, text('Outputs')),
    outputsTable(p),
    heading(2, text('May propose')),
    codeList(p.spec.allowed_actions, 'Nothing yet: it may only report a status and notes.'),
    heading(2, text('May never propose')),
    paragraph(text('Anything not listed above, and by name:')),
    neverList(p, policy.pack.doc.forbiddenEverywhere),
    heading(2, text('Ledger fields')),
    ledgerTable(p),
    heading(2, text('Rollback')),
    paragraph(text(p.event.rollback)),
  ];
}
