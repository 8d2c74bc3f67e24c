import { diagnostic } from '../../../diagnostics/diagnostic';
import { contractIdOf, contractSchemaUrl } from '../../../model/contract-id';
import type { Rule } from '../rule';

/** The file name, `title` and `$id` of a contract name the same id. */
export const contractIdAgrees: Rule = {
  name: 'contract-id-agrees',
  codes: ['CONTRACT_ID_MISMATCH'],
  check(sources, report) {
    for (const { file, doc } of sources.contracts) {
      const id = contractIdOf(file);
      if (doc.title !== id) {
        report(diagnostic('CONTRACT_ID_MISMATCH', file, '/title', `The title "${doc.title}" differs from the id "${id}" given by the file name.`, `Set "title" to "${id}", or rename the file to ${doc.title}.schema.json.`));
      }
      if (doc.$id !== contractSchemaUrl(id)) {
        report(diagnostic('CONTRACT_ID_MISMATCH', file, '/$id', `The $id "${doc.$id}" is not the stable URL of "${id}".`, `Set "$id" to "${contractSchemaUrl(id)}".`));
      }
    }
  },
};
