import type { RootContent } from 'mdast';
import type { PluginView } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { perPluginGenerator, type PluginPack } from './per-plugin-generator';
import { code, heading, link, list, paragraph, text } from '../markdown/mdast';
import { renderPlainMarkdown } from '../markdown/render-plain-markdown';
import { codeList, factsList, inputsTable, ledgerTable, neverList, outputsTable, statusLine } from './plugin-blocks';
import { PLUGIN_FILES, pluginStaticPath } from './plugin-paths';

/**
 * `README_PLUGIN.md`, served as a plain file next to the plugin's other files:
 * when it runs, what it solves, its inputs and outputs, what it may and may not
 * do, and what can go wrong.
 */
export const pluginReadme: Generator = perPluginGenerator('render/plugins/plugin-readme.ts', (policy, p, notice) => {
  return [[pluginStaticPath(p.name, PLUGIN_FILES.readme), renderPlainMarkdown({ notice, children: readme(policy, p) })]];
});

function readme(policy: PluginPack, p: PluginView): RootContent[] {
  const pack = policy.pack.doc;
  return [
    heading(1, text(p.name)),
    paragraph(...statusLine(p)),
    factsList(p, pack.version),
    heading(2, text('When it runs')),
    paragraph(text('On '), code(p.event.name), text(': '), text(p.event.trigger)),
    heading(2, text('What it solves')),
    paragraph(text(p.spec.description)),
    heading(2, text('Inputs')),
    inputsTable(p.inputs),
    heading(2, text('Outputs')),
    outputsTable(p),
    heading(2, text('What it may do')),
    paragraph(
      text('It only proposes. The core checks each proposal against '),
      link(`./${PLUGIN_FILES.policySnapshot}`, text(PLUGIN_FILES.policySnapshot)),
      text(', snapshots what it will change, applies it, writes the ledger entry and tags the rollback point. The plugin may request:'),
    ),
    codeList(p.spec.allowed_actions, 'Nothing yet: it may only report a status and notes.'),
    heading(2, text('What it may never do')),
    paragraph(text('Any action not listed above is refused by the core. These are forbidden by name:')),
    neverList(p, pack.forbiddenEverywhere),
    heading(2, text('Ledger')),
    paragraph(
      text('Every run writes one ledger entry with these fields; '),
      link(`./${PLUGIN_FILES.ledgerContract}`, text(PLUGIN_FILES.ledgerContract)),
      text(' is its JSON Schema.'),
    ),
    ledgerTable(p),
    heading(2, text('Rollback')),
    paragraph(text(p.event.rollback)),
    heading(2, text('What can go wrong')),
    list([
      ...(p.spec.failure_modes ?? []).map((m) => [text(m)]),
      [text('A proposal outside the allowed actions, or one the policy forbids, is refused by the core and recorded in the ledger; the plugin never applies anything itself.')],
      [text('The handler fails or times out: nothing is applied, and the ledger entry records the failure.')],
      [text('A new policy pack version is released: the manual refuses to build until this spec is re-checked against it and its '), code('policy_pack_version'), text(' bumped.')],
      [text('It stops working without an error: '), link(`./${PLUGIN_FILES.healthcheck}`, text(PLUGIN_FILES.healthcheck)), text(' lists the signs and the self-test.')],
    ]),
    heading(2, text('Files')),
    list([
      [link(`./${PLUGIN_FILES.manifest}`, text(PLUGIN_FILES.manifest)), text(': discovery and dispatch, with the hash of the spec.')],
      [link(`./${PLUGIN_FILES.policySnapshot}`, text(PLUGIN_FILES.policySnapshot)), text(': permissions and the policy pack they were checked against.')],
      [link(`./${PLUGIN_FILES.ledgerContract}`, text(PLUGIN_FILES.ledgerContract)), text(': JSON Schema of one ledger entry.')],
      [link(`./${PLUGIN_FILES.healthcheck}`, text(PLUGIN_FILES.healthcheck)), text(': self-test and signs of silent failure.')],
    ]),
  ];
}
