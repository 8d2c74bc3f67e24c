import type { ValidateFunction } from 'ajv';
import type { ValidatorSource } from '../validator-source';
import type { VerifyData } from '../verify-data';
import type { VerifyManual } from '../verify-manual';
import { runtimeRequire } from './runtime-modules';

/** One validator of the published verifier: Ajv's standalone CommonJS code, as a function body. */
export type StandaloneModule = (module: { exports: unknown }, exports: unknown, require: (name: string) => unknown) => void;

/** The manual as the published verifier embeds it (`OPS_VERIFY_MANUAL` in ops-verify.mjs). */
export interface EmbeddedManual {
  readonly data: VerifyData;
  /** Standalone validators by validator id, each run on first use. */
  readonly validators: Readonly<Record<string, StandaloneModule>>;
}

export function embeddedManual(embedded: EmbeddedManual): VerifyManual {
  const loaded = new Map<string, ValidateFunction>();
  const validators: ValidatorSource = {
    validatorFor(id) {
      if (!Object.hasOwn(embedded.validators, id)) return undefined;
      let validate = loaded.get(id);
      if (validate === undefined) {
        const module = { exports: {} as unknown };
        embedded.validators[id]!(module, module.exports, runtimeRequire);
        validate = module.exports as ValidateFunction;
        loaded.set(id, validate);
      }
      return validate;
    },
  };
  return { data: embedded.data, validators };
}
