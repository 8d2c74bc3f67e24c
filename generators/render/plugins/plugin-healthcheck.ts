import type { PhrasingContent, RootContent } from 'mdast';
import type { PluginView } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { perPluginGenerator, type PluginPack } from './per-plugin-generator';
import { code, heading, link, list, paragraph, text } from '../markdown/mdast';
import { renderPlainMarkdown } from '../markdown/render-plain-markdown';
import { inlineCodes, jsonBlock, statusLine } from './plugin-blocks';
import { PLUGIN_FILES, pluginStaticPath } from './plugin-paths';

/**
 * `healthcheck.md`: the self-test (a dry run on the spec's fixture, compared
 * with its expected result) and the signs that the plugin is failing silently.
 */
export const pluginHealthcheck: Generator = perPluginGenerator('render/plugins/plugin-healthcheck.ts', (policy, p, notice) => {
  return [[pluginStaticPath(p.name, PLUGIN_FILES.healthcheck), renderPlainMarkdown({ notice, children: healthcheck(policy, p) })]];
});

function healthcheck(policy: PluginPack, p: PluginView): RootContent[] {
  const version = policy.pack.doc.version;
  const expect = p.spec.healthcheck.expect;
  const expectedActions = Array.isArray(expect.actions_requested) ? expect.actions_requested : [];
  return [
    heading(1, text(`Healthcheck: ${p.name}`)),
    paragraph(...statusLine(p)),
    heading(2, text('Self-test')),
    paragraph(text('Run these steps after every deployment and whenever the signs below appear. A dry run applies nothing.')),
    list(
      [
        [paragraph(
          text('Check the deployment: the deployed '),
          link(`./${PLUGIN_FILES.manifest}`, text(PLUGIN_FILES.manifest)),
          text(' has '),
          code('spec.sha256'),
          text(' '),
          code(p.specHash),
          text(' and '),
          code('policy_pack_version'),
          text(' '),
          code(version),
          text('. Any other value means the runner has a stale build.'),
        )],
        [paragraph(text('Dry-run the handler with this '), code(p.event.name), text(' input:')), jsonBlock(p.spec.healthcheck.fixture)],
        [paragraph(text('Compare the result with the expected result; every field listed here must be equal:')), jsonBlock(expect)],
        [paragraph(
          text('Check every requested action is one of '),
          ...inlineCodes(p.spec.allowed_actions),
          text(', and none of '),
          ...inlineCodes(p.never),
          text('.'),
        )],
        [paragraph(
          text('Validate the ledger entry the core writes for the dry run against '),
          link(`./${PLUGIN_FILES.ledgerContract}`, text(PLUGIN_FILES.ledgerContract)),
          text('; it must carry '),
          ...inlineCodes(p.spec.ledger_required_fields),
          text('.'),
        )],
      ],
      true,
    ),
    heading(2, text('Signs that it is failing silently')),
    list(silentSigns(p, version, expectedActions.length > 0)),
  ];
}

function silentSigns(p: PluginView, version: string, expectsActions: boolean): Array<readonly PhrasingContent[]> {
  const id = code(p.spec.plugin_id);
  return [
    p.spec.enabled
      ? [code(p.event.name), text(' events are dispatched (the core logs them) but no ledger entry with '), code('plugin_id'), text(' '), id, text(' appears for them.')]
      : [text('The plugin is disabled, so no ledger entry with '), code('plugin_id'), text(' '), id, text(' should exist. One that does means a disabled plugin is being dispatched: stop the runner and report it.')],
    [text('Ledger entries for '), id, text(' fail '), link(`./${PLUGIN_FILES.ledgerContract}`, text(PLUGIN_FILES.ledgerContract)), text(' or lack a required field.')],
    [text('New ledger entries carry a '), code('policy_pack_version'), text(' other than '), code(version), text(', or a deployed manifest carries another spec hash than '), code(p.specHash), text('.')],
    ...(expectsActions
      ? [[text('Every entry has an empty '), code('actions_requested'), text(' over many events, although the dry run above expects proposals.')]]
      : []),
    [text('The same result status is recorded for every event over a long period, whatever the input: the handler is likely short-circuiting.')],
    [text('The dry run above returns anything other than the expected result.')],
  ];
}
