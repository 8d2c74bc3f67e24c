import type { ValidateFunction } from 'ajv';
import type { Catalog } from '../model/catalog';
import { scanContractKeywords } from '../validate/contract-keywords';
import { createAjv } from '../validate/create-ajv';
import { registerContracts } from '../validate/register-contracts';

/**
 * Where the rules get a contract's validator: the one seam between the rules and
 * Ajv. Here validators are compiled from the catalog; a bundled verifier can hand
 * in Ajv's precompiled standalone validators instead.
 */
export interface ValidatorSource {
  /** The validator of a contract id (`event.v1`), or undefined when the manual has no such contract. */
  validatorFor(contractId: string): ValidateFunction | undefined;
}

/** Validators for every contract of the catalog, compiled on first use with the one Ajv configuration. */
export function catalogValidators(catalog: Catalog): ValidatorSource {
  const ids = new Set(catalog.contracts.map((c) => c.id));
  const located = catalog.contracts.map((c) => ({ file: c.file, doc: c.schema }));
  let ajv: ReturnType<typeof createAjv> | undefined;
  const compiled = new Map<string, ValidateFunction | undefined>();
  return {
    validatorFor(contractId) {
      if (compiled.has(contractId)) return compiled.get(contractId);
      const contract = catalog.contracts.find((c) => c.id === contractId);
      ajv ??= registerContracts(createAjv(), located, (c) => scanContractKeywords(createAjv(), c.file, c.doc, ids));
      const validate = contract === undefined ? undefined : ajv.getSchema(contract.schema.$id);
      compiled.set(contractId, validate);
      return validate;
    },
  };
}
