import { diagnostic } from '../../../diagnostics/diagnostic';
import { diffSchemas } from '../../../evolution/diff-schemas';
import { formatChange } from '../../../evolution/format-change';
import { currentLookup, lockedLookup } from '../../../evolution/lookups';
import { fingerprint } from '../../../evolution/normative';
import { contractIdOf, parseContractId } from '../../../model/contract-id';
import type { Rule } from '../rule';

/**
 * A published contract never changes in place: its normative content must equal
 * the locked one. Descriptions and examples may change freely.
 */
export const contractChangedWithoutBump: Rule = {
  name: 'contract-changed-without-bump',
  codes: ['CONTRACT_CHANGED_WITHOUT_BUMP'],
  check(sources, report) {
    const lock = sources.lock?.doc;
    if (lock === undefined) return;
    const lookups = { old: lockedLookup(lock), new: currentLookup(sources) };
    for (const { file, doc } of sources.contracts) {
      const id = contractIdOf(file);
      const locked = lock.contracts[id];
      if (locked === undefined || locked.fingerprint === fingerprint(doc)) continue;
      const changes = diffSchemas(locked.normative, lookups.new(id), lookups);
      const parsed = parseContractId(id);
      const next = parsed === undefined ? `${id}-next` : `${parsed.family}.v${parsed.major + 1}`;
      const listed = changes.length === 0 ? ['  - (no structural difference found; keyword values changed)'] : changes.map((c) => `  - ${formatChange(c)}`);
      report(
        diagnostic(
          'CONTRACT_CHANGED_WITHOUT_BUMP',
          file,
          '',
          `${id} is published and its normative content changed without a version bump:\n${listed.join('\n')}`,
          `Restore ${file}, then copy it to schemas/contracts/${next}.schema.json (set $id and title to ${next}) and make the change there; write the ADR with \`npm run new -- adr "..." --affects ${next}\` including a Migration section; run \`npm run gen\`. Only for a pre-release contract nobody reads yet: \`npm run relock -- ${id}\`.`,
        ),
      );
    }
  },
};
