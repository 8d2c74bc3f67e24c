import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { findEvent } from '../../../model/plugin-policy';
import type { Rule } from '../rule';

/**
 * A plugin may claim only actions its event allows, and none it forbids itself
 * or the pack forbids everywhere.
 */
export const pluginActionsAllowed: Rule = {
  name: 'plugin-actions-allowed',
  codes: ['PLUGIN_ACTION_NOT_ALLOWED', 'PLUGIN_ACTION_FORBIDDEN'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    if (pack === undefined) return;
    const everywhere = new Set(pack.forbiddenEverywhere);
    for (const { file, doc } of sources.plugins) {
      const event = findEvent(pack, doc.lifecycle_event);
      const own = new Set(doc.forbidden_actions);
      doc.allowed_actions.forEach((action, i) => {
        const at = pointerOf('allowed_actions', i);
        if (everywhere.has(action)) {
          report(diagnostic('PLUGIN_ACTION_FORBIDDEN', file, at, `"${action}" is forbidden everywhere by the policy pack ${pack.version}.`, `Remove "${action}" from "allowed_actions"; no plugin may request it.`));
        }
        if (own.has(action)) {
          report(diagnostic('PLUGIN_ACTION_FORBIDDEN', file, at, `"${action}" is both allowed and listed in the plugin's own "forbidden_actions".`, `Remove "${action}" from one of the two lists.`));
        }
        if (event !== undefined && !event.allowedActions.includes(action) && !everywhere.has(action)) {
          report(diagnostic('PLUGIN_ACTION_NOT_ALLOWED', file, at, `${event.name} does not allow "${action}".`, event.allowedActions.length > 0 ? `Use only actions ${event.name} allows: ${event.allowedActions.join(', ')}.` : `${event.name} allows no actions; leave "allowed_actions" empty.`));
        }
      });
    }
  },
};
