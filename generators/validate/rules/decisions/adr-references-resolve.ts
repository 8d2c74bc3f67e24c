import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { adrNumber } from '../../../model/adr-relations';
import { rejectedAdrIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/** Every id under `supersedes` and `refines` names another ADR that exists. */
export const adrReferencesResolve: Rule = {
  name: 'adr-references-resolve',
  codes: ['ADR_REFERENCE_UNKNOWN', 'ADR_SELF_REFERENCE'],
  check(sources, report) {
    const ids = new Set(sources.adrs.map((a) => a.doc.id));
    const known = [...ids].sort((a, b) => a - b).join(', ');
    const rejected = rejectedAdrIds(sources);
    for (const { file, doc } of sources.adrs) {
      for (const field of ['supersedes', 'refines'] as const) {
        (doc[field] ?? []).forEach((target, i) => {
          const pointer = pointerOf(field, i);
          if (target === doc.id) {
            report(diagnostic('ADR_SELF_REFERENCE', file, pointer, `ADR ${adrNumber(doc.id)} lists itself under "${field}".`, `Remove ${target} from "${field}"; an ADR ${field} only other ADRs.`));
          } else if (!ids.has(target) && !rejected.has(target)) {
            report(diagnostic('ADR_REFERENCE_UNKNOWN', file, pointer, `"${field}" names ADR ${target}, which does not exist.`, `Use the id of an existing ADR. Known ADR ids: ${known}.`));
          }
        });
      }
    }
  },
};
