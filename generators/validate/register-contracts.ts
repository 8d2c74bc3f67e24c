import type Ajv2020 from 'ajv/dist/2020';
import type { KeywordScan } from './contract-keywords';
import { schemaForValidation } from './schema-for-validation';
import type { ContractDoc, Located } from './validated-sources';

/**
 * Adds every contract to one Ajv instance, so cross-contract `$ref`s resolve by
 * `$id`: the annotation keywords and unknown formats their scans found are
 * registered first. The one way contracts become validators, for check and verify.
 */
export function registerContracts(ajv: Ajv2020, contracts: ReadonlyArray<Located<ContractDoc>>, scanOf: (c: Located<ContractDoc>) => KeywordScan): Ajv2020 {
  const annotations = new Set<string>();
  const formats = new Set<string>();
  for (const contract of contracts) {
    const scan = scanOf(contract);
    for (const k of scan.annotations) annotations.add(k);
    for (const f of scan.unknownFormats) formats.add(f);
  }
  for (const keyword of annotations) {
    try {
      ajv.addKeyword({ keyword });
    } catch {
      // A name Ajv cannot register; the contract holding it is reported and not compiled.
    }
  }
  for (const format of formats) ajv.addFormat(format, true);
  for (const contract of contracts) {
    try {
      // Already checked against the contract meta-schema (which includes draft 2020-12's).
      ajv.addSchema(schemaForValidation(contract.doc), undefined, undefined, false);
    } catch {
      // Reported when this contract is checked on its own.
    }
  }
  return ajv;
}
