import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { findEvent } from '../../../model/plugin-policy';
import type { Rule } from '../rule';
import { hasFieldType } from './field-type';

/**
 * The healthcheck is a dry run the plugin could really be given: the fixture
 * holds only the plugin's inputs with their event types, and the expected result
 * holds only its outputs with their types, requesting only allowed actions.
 */
export const pluginHealthcheckConsistent: Rule = {
  name: 'plugin-healthcheck-consistent',
  codes: ['PLUGIN_HEALTHCHECK_MISMATCH'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    for (const { file, doc } of sources.plugins) {
      const mismatch = (pointer: string, message: string, hint: string): void =>
        report(diagnostic('PLUGIN_HEALTHCHECK_MISMATCH', file, pointer, message, hint));
      const event = pack === undefined ? undefined : findEvent(pack, doc.lifecycle_event);

      for (const [key, value] of Object.entries(doc.healthcheck.fixture)) {
        const at = pointerOf('healthcheck', 'fixture', key);
        if (!doc.inputs.includes(key)) {
          mismatch(at, `The healthcheck fixture gives "${key}", which is not one of the plugin's inputs.`, `Use only the plugin's inputs (${doc.inputs.join(', ') || 'none declared'}), or add "${key}" to "inputs".`);
          continue;
        }
        const input = event?.inputs.find((i) => i.name === key);
        if (input !== undefined && !hasFieldType(value, input.type)) {
          mismatch(at, `The healthcheck fixture gives "${key}" a value that is not of type ${input.type}, as ${event?.name} delivers it.`, `Write a ${input.type} value.`);
        }
      }

      for (const [key, value] of Object.entries(doc.healthcheck.expect)) {
        const at = pointerOf('healthcheck', 'expect', key);
        const output = doc.outputs.find((o) => o.name === key);
        if (output === undefined) {
          mismatch(at, `The expected result gives "${key}", which is not one of the plugin's outputs.`, `Use only the plugin's outputs (${doc.outputs.map((o) => o.name).join(', ')}), or add "${key}" to "outputs".`);
        } else if (!hasFieldType(value, output.type)) {
          mismatch(at, `The expected "${key}" is not of type ${output.type}, as the plugin's outputs declare it.`, `Write a ${output.type} value, or change the output's type.`);
        }
      }

      const requested: unknown = doc.healthcheck.expect.actions_requested;
      if (!Array.isArray(requested)) continue;
      requested.forEach((entry: unknown, i) => {
        const at = pointerOf('healthcheck', 'expect', 'actions_requested', i);
        const action = typeof entry === 'string' ? entry : isActionObject(entry) ? entry.action : undefined;
        if (action === undefined) {
          mismatch(at, 'An expected requested action is neither an action name nor an object with an "action" name.', 'Write "propose_move" or { "action": "propose_move", … }.');
        } else if (!doc.allowed_actions.includes(action)) {
          mismatch(at, `The expected result requests "${action}", which is not in the plugin's "allowed_actions".`, `Request only allowed actions (${doc.allowed_actions.join(', ') || 'none yet'}), or allow "${action}" if the event permits it.`);
        }
      });
    }
  },
};

function isActionObject(value: unknown): value is { action: string } {
  return value !== null && typeof value === 'object' && typeof (value as { action?: unknown }).action === 'string';
}
