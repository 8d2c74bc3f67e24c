import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

/**
 * The pack agrees with itself: event names are unique, no event allows an action
 * forbidden everywhere, an event's inputs are unique, and every ledger field the
 * pack requires has a type (each plugin's ledger contract is generated from it).
 */
export const policyPackConsistent: Rule = {
  name: 'policy-pack-consistent',
  codes: ['POLICY_EVENT_DUPLICATE', 'POLICY_INPUT_DUPLICATE', 'POLICY_ACTION_FORBIDDEN', 'POLICY_LEDGER_FIELD_UNTYPED'],
  check(sources, report) {
    const pack = sources.policyPack;
    if (pack === undefined) return;
    const { file, doc } = pack;
    const forbidden = new Set(doc.forbiddenEverywhere);
    const typed = Object.keys(doc.ledgerFieldTypes).sort();
    const untyped = (name: string, pointer: string): void => {
      if (doc.ledgerFieldTypes[name] !== undefined) return;
      report(diagnostic('POLICY_LEDGER_FIELD_UNTYPED', file, pointer, `The ledger field "${name}" has no type in "ledgerFieldTypes".`, `Add "${name}": { "type": …, "description": … } to "ledgerFieldTypes". Typed fields: ${typed.join(', ')}.`));
    };
    doc.minimumLedgerFields.forEach((name, i) => untyped(name, pointerOf('minimumLedgerFields', i)));
    const seen = new Map<string, number>();
    doc.lifecycleEvents.forEach((event, e) => {
      const first = seen.get(event.name);
      if (first !== undefined) {
        report(diagnostic('POLICY_EVENT_DUPLICATE', file, pointerOf('lifecycleEvents', e, 'name'), `The event "${event.name}" is defined twice (first at /lifecycleEvents/${first}).`, 'Merge the two definitions into one; plugins bind to an event by name.'));
      } else {
        seen.set(event.name, e);
      }
      const inputs = new Set<string>();
      event.inputs.forEach((input, i) => {
        if (inputs.has(input.name)) {
          report(diagnostic('POLICY_INPUT_DUPLICATE', file, pointerOf('lifecycleEvents', e, 'inputs', i, 'name'), `The input "${input.name}" of ${event.name} is listed twice.`, 'Keep one entry per input.'));
        }
        inputs.add(input.name);
      });
      event.allowedActions.forEach((action, i) => {
        if (forbidden.has(action)) {
          report(diagnostic('POLICY_ACTION_FORBIDDEN', file, pointerOf('lifecycleEvents', e, 'allowedActions', i), `${event.name} allows "${action}", which "forbiddenEverywhere" forbids.`, `Remove "${action}" from the event's allowedActions, or from forbiddenEverywhere if it is truly safe.`));
        }
      });
      event.requiredLedgerFields.forEach((name, i) => untyped(name, pointerOf('lifecycleEvents', e, 'requiredLedgerFields', i)));
    });
  },
};
