import type Ajv2020 from 'ajv/dist/2020';
import { memoized } from '../cache/memo';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { contractIdOf, reachableContracts, referencedContracts } from '../model/contract-id';
import { ajvDiagnostics } from './ajv-diagnostics';
import { scanContractKeywords, type KeywordScan } from './contract-keywords';
import { createAjv } from './create-ajv';
import { limitedStep } from './step-limit';
import { registerContracts } from './register-contracts';
import { walkSchema } from '../util/schema-walk';
import type { ContractDoc, Located, ValidatedSources } from './validated-sources';

/**
 * Compiles every contract (cross-contract refs resolve by `$id`) and validates
 * each example against its own contract. Keywords are scanned first, so a typo,
 * an unknown format or a pattern the linear-time engine cannot run is reported
 * once at its pointer. A contract's result depends only on it and the contracts
 * it reaches through refs, so it is memoised on exactly those: after one edit,
 * only the contracts that reach the edited one are compiled again.
 */
export function checkContractSchemas(sources: ValidatedSources): Diagnostic[] {
  const byId = new Map(sources.contracts.map((c) => [contractIdOf(c.file), c]));
  const ids = new Set(byId.keys());
  let ajv: Ajv2020 | undefined;
  const scans = new Map<string, KeywordScan>();
  const scanOf = (contract: Located<ContractDoc>): KeywordScan => {
    let scan = scans.get(contract.file);
    if (scan === undefined) {
      scan = scanContractKeywords(baseAjv(), contract.file, contract.doc, ids);
      scans.set(contract.file, scan);
    }
    return scan;
  };
  let plain: Ajv2020 | undefined;
  const baseAjv = (): Ajv2020 => (plain ??= createAjv());
  const registered = (): Ajv2020 => (ajv ??= registerContracts(createAjv(), sources.contracts, scanOf));
  return sources.contracts.flatMap((contract) => {
    const closure = reachableContracts(contractIdOf(contract.file), (id) => referencedContracts(byId.get(id)?.doc));
    const docs = closure.map((id) => byId.get(id)?.doc);
    return memoized('contract-check', JSON.stringify(docs), () => {
      const scan = scanOf(contract);
      // A contract that cannot compile is reported for itself; those reaching it are not wrong and get nothing.
      if (scan.uncompilable) return [...scan.diagnostics];
      if (closure.some((id) => { const c = byId.get(id); return c !== undefined && c !== contract && scanOf(c).uncompilable; })) return [...scan.diagnostics];
      return [...scan.diagnostics, ...limitedStep(contract.file, 'Compiling the contract and checking its examples', () => checkOne(registered(), contract))];
    });
  });
}

function checkOne(ajv: Ajv2020, { file, doc }: Located<ContractDoc>): Diagnostic[] {
  let validate;
  try {
    validate = ajv.getSchema(doc.$id);
  } catch (e) {
    const message = (e as Error).message;
    return [diagnostic('CONTRACT_SCHEMA_INVALID', file, pointerOfCompileError(doc, message), `The schema does not compile: ${message}.`, 'Fix the keyword named above; references must point at existing contracts, $defs or anchors.')];
  }
  if (validate === undefined) {
    return [diagnostic('CONTRACT_SCHEMA_INVALID', file, '/$id', 'The schema cannot be registered (is its $id shared with another contract?).', 'Give the contract a unique $id and valid draft 2020-12 keywords.')];
  }
  return doc.examples.flatMap((example, i) =>
    validate(example) ? [] : ajvDiagnostics('CONTRACT_EXAMPLE_INVALID', file, validate.errors, `the contract ${doc.title}`, `/examples/${i}`),
  );
}

/** Where a compile error points: the `$ref` Ajv could not resolve, else the whole document. */
function pointerOfCompileError(doc: unknown, message: string): string {
  const ref = /can't resolve reference (\S+)/.exec(message)?.[1];
  if (ref === undefined) return '';
  let found = '';
  walkSchema(doc, (node, at) => {
    if (found === '' && (node['$ref'] === ref || node['$dynamicRef'] === ref)) found = `${at}/${node['$ref'] === ref ? '$ref' : '$dynamicRef'}`;
  });
  return found;
}
