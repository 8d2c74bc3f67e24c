import { diagnostic } from '../../../diagnostics/diagnostic';
import { contractIdOf, parseContractId } from '../../../model/contract-id';
import { rejectedAdrIds } from '../../rejected-sources';
import type { Rule } from '../rule';

const LIVE = new Set(['accepted', 'proposed']);

/**
 * A new version of a contract is admitted only with a decision: an accepted or
 * proposed ADR listing it in `affects` (the decision rules require that ADR's
 * Migration section).
 */
export const contractVersionHasAdr: Rule = {
  name: 'contract-version-has-adr',
  codes: ['CONTRACT_VERSION_WITHOUT_ADR'],
  check(sources, report) {
    // A rejected ADR may be the one deciding a version; it is reported for itself.
    if (rejectedAdrIds(sources).size > 0) return;
    for (const { file } of sources.contracts) {
      const id = contractIdOf(file);
      if ((parseContractId(id)?.major ?? 1) <= 1) continue;
      const decided = sources.adrs.some((a) => LIVE.has(a.doc.status) && (a.doc.affects ?? []).includes(id));
      if (decided) continue;
      report(
        diagnostic('CONTRACT_VERSION_WITHOUT_ADR', file, '', `${id} is a new contract version, but no accepted or proposed ADR lists it in "affects".`, `Write the decision: \`npm run new -- adr "Introduce ${id}" --affects ${id}\`, and fill in its Migration section (what changed, how to detect affected artifacts, what to regenerate or migrate).`),
      );
    }
  },
};
