import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { linearRegExp } from './linear-regexp';
import { useFastLimitLength } from './limit-length-keyword';

export interface AjvOptions {
  /** Keep each validator's source, for Ajv's standalone code (the published verifier); validation is the same. */
  readonly standalone?: boolean;
}

/**
 * The one Ajv configuration: draft 2020-12, every error reported, patterns on a
 * linear-time engine. Strict where strictness catches typos (`strictSchema`:
 * unknown keywords), relaxed where it refuses valid 2020-12 idioms that real
 * schemas use: `required` naming properties defined in a sibling subschema
 * (`strictRequired`), `patternProperties` matching a named property
 * (`allowMatchingProperties`), tuples without `items`/`minItems` (`strictTuples`).
 * Unknown formats are registered as annotations by the caller, with a warning.
 * `tsType` is json-schema-to-typescript's escape hatch, accepted as an annotation.
 */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    strictTuples: false,
    strictTypes: false,
    allowMatchingProperties: true,
    allowUnionTypes: true,
    allErrors: true,
    // Unoptimised code compiles twice as fast; validators here check a handful of documents each.
    code: { optimize: false, regExp: linearRegExp, source: options.standalone === true },
  });
  addFormats(ajv);
  useFastLimitLength(ajv);
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  // Ajv resolves `$anchor` references but has no rule for the keyword, so strict mode would call it unknown.
  ajv.addKeyword({ keyword: '$anchor', schemaType: 'string' });
  return ajv;
}
