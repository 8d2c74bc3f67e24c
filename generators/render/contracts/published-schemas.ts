import { DRAFT_2020_12 } from '../../model/contract-id';
import type { Generator } from '../generator';
import { generatedNotice, jsonWithNotice } from '../header';

export const PUBLISHED_SCHEMAS_DIR = 'static/schemas';

/**
 * The contract schemas at their stable URLs (`/schemas/<id>.schema.json`, equal to
 * their `$id`) and the meta-schemas under `/schemas/meta/`. The editor-only relative
 * `$schema` becomes the draft 2020-12 URI so any validator can load the copy.
 */
export const publishedSchemas: Generator = {
  name: 'render/contracts/published-schemas.ts',
  render(catalog) {
    const files = new Map<string, string>();
    for (const contract of catalog.contracts) {
      files.set(
        `${PUBLISHED_SCHEMAS_DIR}/${contract.id}.schema.json`,
        jsonWithNotice({ ...contract.schema, $schema: DRAFT_2020_12 }, generatedNotice(this.name, [contract.file])),
      );
    }
    for (const meta of catalog.meta) {
      files.set(`${PUBLISHED_SCHEMAS_DIR}/meta/${meta.name}.schema.json`, jsonWithNotice(meta.schema, generatedNotice(this.name, [meta.file])));
    }
    return files;
  },
};
