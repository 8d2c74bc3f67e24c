import { diagnostic } from '../../../diagnostics/diagnostic';
import { adrNumber } from '../../../model/adr-relations';
import type { Rule } from '../rule';

/**
 * `NNNN-kebab-title.md`: four digits or more, then ASCII words joined by hyphens.
 * Upper case is allowed because MADR keeps the title's case (`0001-use-CC0-as-license.md`).
 */
export const ADR_FILE_NAME = /^([0-9]{4,})-([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)\.md$/;

/** An ADR's file is named `NNNN-kebab-title.md` and its number is the front matter `id`. */
export const adrFileMatchesId: Rule = {
  name: 'adr-file-matches-id',
  codes: ['ADR_FILE_NAME_INVALID', 'ADR_ID_MISMATCH'],
  check(sources, report) {
    for (const { file, doc } of sources.adrs) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const match = ADR_FILE_NAME.exec(name);
      if (match === null) {
        report(
          diagnostic('ADR_FILE_NAME_INVALID', file, '', `"${name}" is not named NNNN-kebab-title.md.`, `Rename it to ${adrNumber(doc.id)}-${suggestSlug(doc.title)}.md: the zero-padded id, then the title in lower-case ASCII words joined by hyphens.`),
        );
      } else if (match[1] !== adrNumber(doc.id)) {
        report(
          diagnostic('ADR_ID_MISMATCH', file, '/id', `The front matter id ${doc.id} differs from the file's number ${match[1] ?? ''}.`, `Set "id: ${Number(match[1])}" or rename the file to ${adrNumber(doc.id)}-${match[2] ?? 'title'}.md.`),
        );
      }
    }
  },
};

function suggestSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'title' : slug;
}
