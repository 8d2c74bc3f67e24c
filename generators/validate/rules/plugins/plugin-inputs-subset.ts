import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { findEvent } from '../../../model/plugin-policy';
import type { Rule } from '../rule';

/** A handler can only read what its event delivers. */
export const pluginInputsSubset: Rule = {
  name: 'plugin-inputs-subset',
  codes: ['PLUGIN_INPUT_UNKNOWN'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    if (pack === undefined) return;
    for (const { file, doc } of sources.plugins) {
      // An unknown event is reported on its own; there is nothing to compare with.
      const event = findEvent(pack, doc.lifecycle_event);
      if (event === undefined) continue;
      const known = event.inputs.map((i) => i.name);
      doc.inputs.forEach((input, i) => {
        if (!known.includes(input)) {
          report(diagnostic('PLUGIN_INPUT_UNKNOWN', file, pointerOf('inputs', i), `"${input}" is not an input of ${event.name}.`, `Use only inputs ${event.name} delivers: ${known.join(', ')}.`));
        }
      });
    }
  },
};
