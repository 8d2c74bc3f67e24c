import type { RootContent } from 'mdast';
import type { PolicyPack } from '../../../src/types/sources';
import { table, text } from '../markdown/mdast';
import { inlineCodes } from './plugin-blocks';

/**
 * The one table of lifecycle events: trigger, inputs, allowed actions, the
 * event's own ledger fields, and rollback. The lifecycle events page shows it
 * and the partial carries it into the hand-written operating contract.
 * Links are left out on purpose: the partial is rendered inside another page.
 */
export function lifecycleEventsTable(pack: PolicyPack): RootContent {
  return table(
    ['Event', 'Trigger', 'Inputs', 'Allowed actions', 'Ledger fields (beyond the minimum)', 'Rollback'],
    pack.lifecycleEvents.map((e) => [
      [text(e.name)],
      [text(e.trigger)],
      inlineCodes(e.inputs.map((i) => i.name)),
      inlineCodes(e.allowedActions),
      inlineCodes(e.requiredLedgerFields),
      [text(e.rollback)],
    ]),
  );
}
