import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The one Ajv configuration: draft 2020-12, strict, every error reported.
 * `tsType` is json-schema-to-typescript's escape hatch, accepted as an annotation.
 */
export function createAjv(): Ajv2020 {
  // Unoptimised code compiles twice as fast; validators here check a handful of documents each.
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false, allowUnionTypes: true, code: { optimize: false } });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  return ajv;
}
