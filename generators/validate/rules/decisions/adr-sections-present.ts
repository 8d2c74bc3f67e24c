import { diagnostic } from '../../../diagnostics/diagnostic';
import { bodyHeadings, parseAdrBody } from '../../../model/adr-body';
import { introducesContractVersion } from '../../../model/adr-relations';
import { contractIdOf } from '../../../model/contract-id';
import type { Rule } from '../rule';

/**
 * The sections every ADR has, with what each one says (the hint when it is
 * missing) and the name MADR 4 gives it, which counts as well: a MADR record
 * needs no renaming. MADR's optional sections (Decision Drivers, Pros and Cons
 * of the Options, Confirmation, More Information) are free like any other.
 */
export const REQUIRED_SECTIONS: ReadonlyArray<readonly [name: string, says: string, madr: string]> = [
  ['Context', 'the situation and the forces that made a decision necessary', 'Context and Problem Statement'],
  ['Decision', 'what was decided, in the active voice', 'Decision Outcome'],
  ['Consequences', 'what becomes easier or harder because of it', 'Consequences'],
  ['Alternatives considered', 'the options not taken and why', 'Considered Options'],
];

export const MIGRATION_SECTION = 'Migration';

/**
 * Required body sections are present, matched by heading name at any depth and in
 * any case. An ADR that affects a contract of major version 2 or more introduces
 * that version and also needs a Migration section.
 */
export const adrSectionsPresent: Rule = {
  name: 'adr-sections-present',
  codes: ['ADR_SECTION_MISSING'],
  check(sources, report) {
    const contractIds = new Set(sources.contracts.map((c) => contractIdOf(c.file)));
    for (const adr of sources.adrs) {
      const present = new Set(bodyHeadings(parseAdrBody(adr.body)).map((h) => h.name));
      // Missing sections have no line of their own: point at the first line of the body.
      const at = { line: adr.bodyLine, column: 1 };
      for (const [name, says, madr] of REQUIRED_SECTIONS) {
        if (present.has(name.toLowerCase()) || present.has(madr.toLowerCase())) continue;
        const also = madr === name ? '' : ` (MADR: "${madr}")`;
        report({ ...diagnostic('ADR_SECTION_MISSING', adr.file, '', `The ADR has no "${name}" section${also}.`, `Add a "## ${name}" heading${also} with ${says}.`), ...at });
      }
      const versions = introducesContractVersion(adr, contractIds);
      if (versions.length > 0 && !present.has(MIGRATION_SECTION.toLowerCase())) {
        report({
          ...diagnostic('ADR_SECTION_MISSING', adr.file, '', `The ADR affects ${versions.join(', ')}, a new contract version, but has no "${MIGRATION_SECTION}" section.`, `Add a "## ${MIGRATION_SECTION}" heading saying what changed, how to detect affected artifacts, and what to regenerate or migrate.`),
          ...at,
        });
      }
    }
  },
};
