import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { PluginView } from '../../model/plugin-view';
import type { EventInput } from '../../model/plugin-policy';
import { code, codeBlock, joined, list, paragraph, strong, table, text } from '../markdown/mdast';
import { canonicalJson } from '../../util/canonical-json';

/**
 * mdast blocks shared by a plugin's README, its healthcheck and its catalog page,
 * so the three always say the same thing. Source text enters only as text,
 * inlineCode or code nodes.
 */
export function inputsTable(inputs: readonly EventInput[]): RootContent {
  if (inputs.length === 0) return paragraph(text('None: the handler reads nothing but the event itself.'));
  return table(['Input', 'Type', 'Description'], inputs.map((i) => [[code(i.name)], [code(i.type)], [text(i.description)]]));
}

export function outputsTable(p: PluginView): RootContent {
  return table(['Output', 'Type', 'Description'], p.spec.outputs.map((o) => [[code(o.name)], [code(o.type)], [text(o.description)]]));
}

export function ledgerTable(p: PluginView): RootContent {
  return table(
    ['Field', 'Type', 'Description'],
    p.ledgerFields.map((f) => [[code(f.name)], [code(f.type), ...(f.format ? [text(` (${f.format})`)] : [])], [text(f.description)]]),
  );
}

export function codeList(values: readonly string[], empty: string): RootContent {
  return values.length === 0 ? paragraph(text(empty)) : list(values.map((v) => [code(v)]));
}

/** "Enabled" or "Disabled", the way every page and file marks it. */
export function statusLine(p: PluginView): PhrasingContent[] {
  return p.spec.enabled
    ? [strong(text('Enabled.')), text(' The core dispatches every '), code(p.event.name), text(' event to this plugin.')]
    : [strong(text('Disabled.')), text(' The core dispatches no events to this plugin; it is validated and documented all the same, so enabling it is a one-line change to its spec.')];
}

export function factsList(p: PluginView, packVersion: string): RootContent {
  const facts: Array<readonly PhrasingContent[]> = [
    [text('Plugin id: '), code(p.spec.plugin_id)],
    [text('Version: '), code(p.spec.version)],
    [text('Lifecycle event: '), code(p.event.name)],
    [text('Owner: '), text(p.spec.owner)],
    [text('Policy pack: '), code(packVersion)],
    [text('Spec: '), code(p.file), text(' (sha256 '), code(p.specHash), text(')')],
  ];
  return list(facts);
}

export function jsonBlock(value: unknown): BlockContent {
  return codeBlock('json', canonicalJson(value).trimEnd());
}

export function neverList(p: PluginView, everywhere: readonly string[]): RootContent {
  const own = new Set(p.spec.forbidden_actions);
  const all = new Set(everywhere);
  return list(
    p.never.map((action) => {
      const why = [own.has(action) ? 'this plugin' : undefined, all.has(action) ? 'the policy pack, for every plugin' : undefined].filter((x): x is string => x !== undefined);
      return [code(action), text(` (forbidden by ${why.join(' and ')})`)];
    }),
  );
}

export function inlineCodes(values: readonly string[], empty = 'none'): PhrasingContent[] {
  return values.length === 0 ? [text(empty)] : joined(values.map((v) => [code(v)]));
}
