import type { Generator } from '../generator';
import { generatedNotice, tsHeader } from '../header';
import { compileType } from '../typescript/compile-type';

export const SOURCE_TYPES_DIR = 'src/types/sources';

/**
 * TypeScript types of the hand-authored formats, compiled from the meta-schemas:
 * the loader, the editor, the docs and the code share one definition of each format.
 * The contract meta-schema is left out: it describes JSON Schema itself.
 */
export const sourceTypes: Generator = {
  name: 'render/sources/source-types.ts',
  async render(catalog) {
    const files = new Map<string, string>();
    const metas = catalog.meta.filter((m) => m.name !== 'contract');
    for (const meta of metas) {
      const code = await compileType(meta.schema, sourceTypeName(meta.name));
      files.set(`${SOURCE_TYPES_DIR}/${meta.name}.ts`, tsHeader(generatedNotice(this.name, [meta.file])) + code);
    }
    const index = metas.map((m) => `export type * from './${m.name}';`);
    files.set(`${SOURCE_TYPES_DIR}/index.ts`, tsHeader(generatedNotice(this.name, metas.map((m) => m.file))) + index.join('\n') + '\n');
    return files;
  },
};

/** `error-taxonomy` → `ErrorTaxonomy`. */
export function sourceTypeName(metaName: string): string {
  return metaName
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
