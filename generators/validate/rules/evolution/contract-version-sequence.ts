import { diagnostic } from '../../../diagnostics/diagnostic';
import { contractIdOf, parseContractId } from '../../../model/contract-id';
import { rejectedContractIds } from '../../rejected-sources';
import type { Rule } from '../rule';

/** Versions of a contract family run v1, v2, v3 … with none skipped. */
export const contractVersionSequence: Rule = {
  name: 'contract-version-sequence',
  codes: ['CONTRACT_VERSION_SKIPPED'],
  check(sources, report) {
    const families = new Map<string, Map<number, string>>();
    const rejected = rejectedContractIds(sources);
    for (const file of [...sources.contracts.map((c) => c.file), ...[...rejected].map((id) => `schemas/contracts/${id}.schema.json`)]) {
      const parsed = parseContractId(contractIdOf(file));
      if (parsed === undefined) continue;
      const versions = families.get(parsed.family) ?? new Map<number, string>();
      versions.set(parsed.major, file);
      families.set(parsed.family, versions);
    }
    for (const [family, versions] of families) {
      for (const [major, file] of versions) {
        if (rejected.has(`${family}.v${major}`)) continue;
        const missing = Array.from({ length: major - 1 }, (_, i) => i + 1).filter((m) => !versions.has(m));
        if (missing.length === 0) continue;
        report(
          diagnostic('CONTRACT_VERSION_SKIPPED', file, '/title', `${family}.v${major} exists but ${missing.map((m) => `${family}.v${m}`).join(', ')} does not.`, `Versions are never skipped: rename it to ${family}.v${Math.min(...missing)} (file, $id and title).`),
        );
      }
    }
  },
};
