import { contractTypeName, refTarget } from '../../model/contract-id';
import type { Contract } from '../../model/catalog';
import type { Generator } from '../generator';
import { generatedNotice, tsHeader } from '../header';
import { compileType } from '../typescript/compile-type';
import { typeableSchema } from '../typescript/typeable-schema';

export const CONTRACT_TYPES_DIR = 'src/types/contracts';

/** One module per contract (cross-contract refs become imports) plus an index with an id → type map. */
export const contractTypes: Generator = {
  name: 'render/contracts/contract-types.ts',
  async render(catalog) {
    const files = new Map<string, string>();
    for (const contract of catalog.contracts) {
      files.set(`${CONTRACT_TYPES_DIR}/${contract.id}.ts`, await renderContractModule(contract));
    }
    const index = [
      tsHeader(generatedNotice(this.name, catalog.contracts.map((c) => c.file))),
      ...catalog.contracts.map((c) => `export type { ${contractTypeName(c.id)} } from './${c.id}';`),
      ...catalog.contracts.map((c) => `import type { ${contractTypeName(c.id)} } from './${c.id}';`),
      '',
      '/** Every contract id and the type of one document (or, for JSONL buses, one line) of it. */',
      'export interface ContractTypes {',
      ...catalog.contracts.map((c) => `  '${c.id}': ${contractTypeName(c.id)};`),
      '}',
      '',
      'export type ContractId = keyof ContractTypes;',
      '',
    ];
    files.set(`${CONTRACT_TYPES_DIR}/index.ts`, index.join('\n'));
    return files;
  },
};

export async function renderContractModule(contract: Contract): Promise<string> {
  const { schema, used } = typeableSchema(contract.schema, (ref) => {
    const target = refTarget(ref);
    return typeof target === 'object' ? contractTypeName(target.id) : undefined;
  });
  const code = await compileType(schema as Record<string, unknown>, contractTypeName(contract.id));
  const imports = [...used]
    .sort()
    .map((name) => `import type { ${name} } from './${contract.refs.find((id) => contractTypeName(id) === name) ?? name}';`);
  const notice = generatedNotice(contractTypes.name, [contract.file]);
  return tsHeader(notice) + (imports.length > 0 ? imports.join('\n') + '\n\n' : '') + code;
}
