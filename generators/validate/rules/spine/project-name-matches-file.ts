import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';

export const projectNameMatchesFile: Rule = {
  name: 'project-name-matches-file',
  codes: ['PROJECT_NAME_MISMATCH'],
  check(sources, report) {
    for (const { file, doc } of sources.projects) {
      const expected = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
      if (doc.name !== expected) {
        report(
          diagnostic('PROJECT_NAME_MISMATCH', file, '/name', `The manifest is named "${doc.name}" but its file is ${expected}.json.`, `Rename the file to ${doc.name}.json or set "name" to "${expected}".`),
        );
      }
    }
  },
};
