import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

/** No two ADRs share an id. Gaps in the numbering are fine (a withdrawn draft leaves one). */
export const adrIdsUnique: Rule = {
  name: 'adr-ids-unique',
  codes: ['ADR_ID_DUPLICATE'],
  check(sources, report) {
    const byId = new Map<number, string[]>();
    for (const { file, doc } of sources.adrs) byId.set(doc.id, [...(byId.get(doc.id) ?? []), file]);
    const next = Math.max(0, ...sources.adrs.map((a) => a.doc.id)) + 1;
    for (const [id, files] of byId) {
      if (files.length < 2) continue;
      for (const file of files) {
        const others = files.filter((f) => f !== file).join(', ');
        report(
          diagnostic('ADR_ID_DUPLICATE', file, '/id', `The id ${id} is also used by ${others}.`, `Keep ${id} on the ADR that had it first; give the other the next free id, ${next}, and rename its file to match.`),
        );
      }
    }
  },
};
