import type { ValidateFunction } from 'ajv';

/**
 * Where the rules get a validator: the one seam between the rules and Ajv.
 * `npm run verify` compiles them from the catalog (`catalog-validators.ts`); the
 * published standalone verifier hands in Ajv's precompiled standalone validators
 * under the same ids.
 */
export interface ValidatorSource {
  /** The validator of an id (see `VALIDATOR_IDS`), or undefined when the manual has none by that id. */
  validatorFor(id: string): ValidateFunction | undefined;
}

/** The ids validators are known by: contract ids as they are, and two kinds that are not contracts. */
export const VALIDATOR_IDS = {
  /** A plugin's ledger contract (static/plugins/<Name>/ledger_contract.json). */
  ledger: (plugin: string): string => `ledger:${plugin}`,
  /** The member manifest meta-schema (schemas/meta/project.schema.json). */
  project: 'meta:project',
} as const;
