import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { findEvent, requiredLedgerFields } from '../../../model/plugin-policy';
import type { Rule } from '../rule';

/**
 * A plugin's ledger entries record at least the pack's minimum fields and its
 * event's required fields, and every field it names has a type in the pack
 * (the ledger contract is generated from those types).
 */
export const pluginLedgerFields: Rule = {
  name: 'plugin-ledger-fields',
  codes: ['PLUGIN_LEDGER_FIELD_MISSING', 'PLUGIN_LEDGER_FIELD_UNTYPED'],
  check(sources, report) {
    const pack = sources.policyPack?.doc;
    if (pack === undefined) return;
    const typed = Object.keys(pack.ledgerFieldTypes).sort();
    for (const { file, doc } of sources.plugins) {
      const event = findEvent(pack, doc.lifecycle_event);
      for (const { name, requiredBy } of requiredLedgerFields(pack, event)) {
        if (doc.ledger_required_fields.includes(name)) continue;
        const by = requiredBy === 'minimum' ? `every plugin (minimumLedgerFields of the policy pack ${pack.version})` : `the ${doc.lifecycle_event} event`;
        report(diagnostic('PLUGIN_LEDGER_FIELD_MISSING', file, '/ledger_required_fields', `"${name}" is required by ${by} but missing from "ledger_required_fields".`, `Add "${name}" to "ledger_required_fields".`));
      }
      doc.ledger_required_fields.forEach((name, i) => {
        if (pack.ledgerFieldTypes[name] !== undefined) return;
        report(diagnostic('PLUGIN_LEDGER_FIELD_UNTYPED', file, pointerOf('ledger_required_fields', i), `The ledger field "${name}" has no type in the policy pack.`, `Use a typed field (${typed.join(', ')}) or add "${name}" to "ledgerFieldTypes" in registry/policy-pack.json.`));
      });
    }
  },
};
