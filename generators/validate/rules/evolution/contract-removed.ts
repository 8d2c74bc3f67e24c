import { diagnostic } from '../../../diagnostics/diagnostic';
import { contractIdOf } from '../../../model/contract-id';
import { rejectedContractIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/** Published versions stay published at their stable URL: a locked contract cannot disappear. */
export const contractRemoved: Rule = {
  name: 'contract-removed',
  codes: ['CONTRACT_REMOVED'],
  check(sources, report) {
    const lock = sources.lock;
    if (lock === undefined) return;
    const present = new Set([...sources.contracts.map((c) => contractIdOf(c.file)), ...rejectedContractIds(sources)]);
    for (const id of Object.keys(lock.doc.contracts).sort()) {
      if (present.has(id)) continue;
      report(
        diagnostic('CONTRACT_REMOVED', lock.file, `/contracts/${id}`, `${id} is published (locked) but schemas/contracts/${id}.schema.json is gone.`, `Restore schemas/contracts/${id}.schema.json: old versions stay published for the artifacts already written with them. Members stop emitting it instead; the catalog then marks it superseded.`),
      );
    }
  },
};
