import { diagnostic } from '../../../diagnostics/diagnostic';
import { adrNumber } from '../../../model/adr-relations';
import { rejectedAdrIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/**
 * An ADR has `status: superseded` if and only if another ADR lists it under
 * `supersedes`: the forward edge is written once, the status must agree with it.
 */
export const adrSupersededStatus: Rule = {
  name: 'adr-superseded-status',
  codes: ['ADR_STATUS_NOT_SUPERSEDED', 'ADR_SUPERSEDED_WITHOUT_SUCCESSOR'],
  check(sources, report) {
    // The successor may be an ADR that was rejected (its problem is reported for it): absence cannot be claimed then.
    const successorMayBeRejected = rejectedAdrIds(sources).size > 0;
    for (const { file, doc, supersededBy } of sources.adrs) {
      const successors = sources.adrs.filter((other) => other.doc.id !== doc.id && (other.doc.supersedes ?? []).includes(doc.id));
      const names = successors.map((s) => `${adrNumber(s.doc.id)} (${s.file})`).join(', ');
      if (successors.length > 0 && doc.status !== 'superseded') {
        report(
          diagnostic('ADR_STATUS_NOT_SUPERSEDED', file, '/status', `ADR ${adrNumber(doc.id)} is superseded by ${names}, but its status is "${doc.status}".`, `Set "status: superseded", or remove ${doc.id} from "supersedes" in ${successors.map((s) => s.file).join(', ')}.`),
        );
      } else if (successors.length === 0 && supersededBy !== undefined && !successorMayBeRejected) {
        report(
          diagnostic('ADR_SUPERSEDED_WITHOUT_SUCCESSOR', file, '/status', `ADR ${adrNumber(doc.id)} has status "superseded by ADR-${adrNumber(supersededBy)}", but there is no ADR ${supersededBy}.`, `Name an existing ADR in "superseded by ADR-NNNN", or use "deprecated" when nothing replaces it.`),
        );
      } else if (successors.length === 0 && doc.status === 'superseded' && !successorMayBeRejected) {
        report(
          diagnostic('ADR_SUPERSEDED_WITHOUT_SUCCESSOR', file, '/status', `ADR ${adrNumber(doc.id)} has status "superseded", but no ADR lists ${doc.id} under "supersedes".`, `Add ${doc.id} to "supersedes" of the ADR that replaces it (\`npm run new -- adr "Title" --supersedes ${doc.id}\` does both), or use "deprecated" when nothing replaces it.`),
        );
      }
    }
  },
};
