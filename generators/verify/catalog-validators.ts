import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import type { Catalog } from '../model/catalog';
import { reachableContracts } from '../model/contract-id';
import { pluginSuite } from '../model/plugin-view';
import { ledgerContractSchema } from '../render/plugins/plugin-ledger-contract';
import { scanContractKeywords } from '../validate/contract-keywords';
import { createAjv, type AjvOptions } from '../validate/create-ajv';
import { registerContracts } from '../validate/register-contracts';
import type { ContractDoc, Located } from '../validate/validated-sources';
import type { KeywordScan } from '../validate/contract-keywords';
import { VALIDATOR_IDS, type ValidatorSource } from './validator-source';

/** A compiled validator and the Ajv that compiled it (Ajv's standalone code needs both). */
export interface CompiledValidator {
  readonly ajv: Ajv2020;
  readonly validate: ValidateFunction;
}

/** Every validator the manual defines: its id, what it depends on, and its compilation. */
export interface ValidatorSchemas {
  readonly ids: readonly string[];
  /** The schemas the validator of `id` is compiled from (a contract's: it and every contract it reaches), as JSON. */
  inputsOf(id: string): string;
  /** The validator of an id, compiled once on first use. */
  compile(id: string): CompiledValidator | undefined;
}

export function validatorSchemas(catalog: Catalog, options: AjvOptions = {}): ValidatorSchemas {
  const contracts = new Map(catalog.contracts.map((c) => [c.id, c]));
  const contractIds = new Set(contracts.keys());
  const suite = pluginSuite(catalog);
  const others = new Map<string, Record<string, unknown>>();
  for (const p of suite?.plugins ?? []) others.set(VALIDATOR_IDS.ledger(p.name), ledgerContractSchema(suite!, p));
  const project = catalog.meta.find((m) => m.name === 'project')?.schema;
  if (project !== undefined) others.set(VALIDATOR_IDS.project, project as Record<string, unknown>);
  const closureOf = (id: string): string[] => reachableContracts(id, (c) => contracts.get(c)?.refs ?? []);
  let scanner: Ajv2020 | undefined;
  const scans = new Map<string, KeywordScan>();
  const scanOf = (c: Located<ContractDoc>): KeywordScan => {
    let scan = scans.get(c.file);
    if (scan === undefined) scans.set(c.file, (scan = scanContractKeywords((scanner ??= createAjv()), c.file, c.doc, contractIds)));
    return scan;
  };
  const compiled = new Map<string, CompiledValidator | undefined>();
  const compileOne = (id: string): CompiledValidator | undefined => {
    const contract = contracts.get(id);
    if (contract !== undefined) {
      // An Ajv of its own holding exactly the contracts it reaches: the standalone code Ajv writes for it
      // (function and schema names) then depends on those alone, not on what else was compiled before it.
      const closure = closureOf(id).flatMap((c) => {
        const found = contracts.get(c);
        return found === undefined ? [] : [{ file: found.file, doc: found.schema }];
      });
      const ajv = registerContracts(createAjv(options), closure, scanOf);
      const validate = ajv.getSchema(contract.schema.$id);
      return validate === undefined ? undefined : { ajv, validate };
    }
    const schema = others.get(id);
    if (schema === undefined) return undefined;
    const ajv = createAjv(options);
    // Generated (ledger contracts) or already checked as a meta-schema: not validated against the draft again,
    // which would compile the draft's own meta-schema in each of these Ajvs (five times the compile itself).
    const key = typeof schema['$id'] === 'string' ? schema['$id'] : id;
    ajv.addSchema(schema, key, undefined, false);
    const validate = ajv.getSchema(key);
    return validate === undefined ? undefined : { ajv, validate };
  };
  return {
    ids: [...contractIds, ...others.keys()],
    inputsOf(id) {
      if (!contracts.has(id)) return JSON.stringify(others.get(id) ?? null);
      return JSON.stringify(closureOf(id).map((c) => contracts.get(c)?.schema));
    },
    compile(id) {
      if (!compiled.has(id)) compiled.set(id, compileOne(id));
      return compiled.get(id);
    },
  };
}

/** Validators for every id of the catalog, compiled on first use with the one Ajv configuration. */
export function catalogValidators(catalog: Catalog): ValidatorSource {
  const schemas = validatorSchemas(catalog);
  return { validatorFor: (id) => schemas.compile(id)?.validate };
}
