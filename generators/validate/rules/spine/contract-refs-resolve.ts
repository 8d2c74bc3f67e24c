import { diagnostic } from '../../../diagnostics/diagnostic';
import { collectRefs, contractIdOf, refTarget } from '../../../model/contract-id';
import { rejectedContractIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/**
 * Cross-contract `$ref`s are relative file names of contracts that exist. Absolute
 * URLs are refused: tools would try to download them, and the published copy
 * resolves relative refs against its own stable URL anyway.
 */
export const contractRefsResolve: Rule = {
  name: 'contract-refs-resolve',
  codes: ['CONTRACT_REF_INVALID', 'CONTRACT_REF_UNKNOWN'],
  check(sources, report) {
    const ids = new Set([...sources.contracts.map((c) => contractIdOf(c.file)), ...rejectedContractIds(sources)]);
    const known = [...ids].sort().join(', ');
    for (const { file, doc } of sources.contracts) {
      for (const { ref, pointer } of collectRefs(doc)) {
        const target = refTarget(ref);
        if (target === 'local') continue;
        if (target === 'invalid') {
          report(diagnostic('CONTRACT_REF_INVALID', file, pointer, `"${ref}" is neither a local "#/..." reference nor a whole contract's file name.`, 'Reference another contract as a whole by its relative file name, e.g. "manifest.v1.schema.json"; move a shared part into a contract of its own.'));
        } else if (!ids.has(target.id)) {
          report(diagnostic('CONTRACT_REF_UNKNOWN', file, pointer, `"${ref}" points at contract "${target.id}", which does not exist.`, `Use one of: ${known}.`));
        }
      }
    }
  },
};
