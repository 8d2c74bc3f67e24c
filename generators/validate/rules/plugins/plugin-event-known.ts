import { diagnostic } from '../../../diagnostics/diagnostic';
import { eventNames, findEvent } from '../../../model/plugin-policy';
import type { Rule } from '../rule';

export const pluginEventKnown: Rule = {
  name: 'plugin-event-known',
  codes: ['PLUGIN_UNKNOWN_EVENT'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    if (pack === undefined) return;
    for (const { file, doc } of sources.plugins) {
      if (findEvent(pack, doc.lifecycle_event) === undefined) {
        report(diagnostic('PLUGIN_UNKNOWN_EVENT', file, '/lifecycle_event', `"${doc.lifecycle_event}" is not a lifecycle event of the policy pack ${pack.version}.`, `Bind the plugin to exactly one of: ${eventNames(pack).join(', ')}.`));
      }
    }
  },
};
