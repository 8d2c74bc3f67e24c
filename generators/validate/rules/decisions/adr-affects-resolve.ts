import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { contractIdOf } from '../../../model/contract-id';
import { compareStrings } from '../../../util/canonical-json';
import { rejectedContractIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/** Every `affects` entry is a contract id of the catalog or a member name of the registry. */
export const adrAffectsResolve: Rule = {
  name: 'adr-affects-resolve',
  codes: ['ADR_AFFECTS_UNKNOWN'],
  check(sources, report) {
    const contracts = sources.contracts.map((c) => contractIdOf(c.file)).sort(compareStrings);
    const members = Object.keys(sources.registry?.doc.members ?? {}).sort(compareStrings);
    const known = new Set([...contracts, ...members, ...rejectedContractIds(sources)]);
    for (const { file, doc } of sources.adrs) {
      (doc.affects ?? []).forEach((entry, i) => {
        if (known.has(entry)) return;
        // Without a valid registry, member names cannot be judged; that problem is reported on its own.
        if (sources.registry === undefined && !/\.v[0-9]+$/.test(entry)) return;
        report(
          diagnostic('ADR_AFFECTS_UNKNOWN', file, pointerOf('affects', i), `"${entry}" is neither a contract id nor a registry member.`, `Name a contract (${contracts.join(', ')}) or a member (${members.join(', ')}).`),
        );
      });
    }
  },
};
