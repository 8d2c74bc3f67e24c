import { memoized } from '../cache/memo';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { collectRefs, contractIdOf, refTarget } from '../model/contract-id';
import { ajvDiagnostics } from './ajv-diagnostics';
import { createAjv } from './create-ajv';
import type { ContractDoc, Located, ValidatedSources } from './validated-sources';

/** The schema as a validator sees it: the editor-only `$schema` path dropped. */
export function schemaForValidation(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { $schema: _editorOnly, ...schema } = doc;
  return schema;
}

/**
 * Compiles every contract (cross-contract refs resolve by `$id`) and validates
 * each example against its own contract. A contract's result depends only on it
 * and the contracts it reaches through refs, so it is memoised on exactly those:
 * after one edit, only the contracts that reach the edited one are compiled again.
 */
export function checkContractSchemas(sources: ValidatedSources): Diagnostic[] {
  const byId = new Map(sources.contracts.map((c) => [contractIdOf(c.file), c]));
  let ajv: ReturnType<typeof createAjv> | undefined;
  const registered = (): ReturnType<typeof createAjv> => {
    if (ajv !== undefined) return ajv;
    ajv = createAjv();
    for (const contract of sources.contracts) {
      try {
        // Already checked against the contract meta-schema (which includes draft 2020-12's).
        ajv.addSchema(schemaForValidation(contract.doc), undefined, undefined, false);
      } catch {
        // Reported when this contract is checked on its own below.
      }
    }
    return ajv;
  };
  return sources.contracts.flatMap((contract) => {
    const closure = reachable(contractIdOf(contract.file), byId).map((id) => byId.get(id)?.doc);
    return memoized('contract-check', JSON.stringify(closure), () => checkOne(registered(), contract));
  });
}

function checkOne(ajv: ReturnType<typeof createAjv>, { file, doc }: Located<ContractDoc>): Diagnostic[] {
  let validate;
  try {
    validate = ajv.getSchema(doc.$id);
  } catch (e) {
    return [diagnostic('CONTRACT_SCHEMA_INVALID', file, '', `The schema does not compile: ${(e as Error).message}.`, 'Fix the keyword named above; references must point at existing contracts and $defs.')];
  }
  if (validate === undefined) {
    return [diagnostic('CONTRACT_SCHEMA_INVALID', file, '', 'The schema cannot be registered (is its $id shared with another contract?).', 'Give the contract a unique $id and valid draft 2020-12 keywords.')];
  }
  return doc.examples.flatMap((example, i) =>
    validate(example) ? [] : ajvDiagnostics('CONTRACT_EXAMPLE_INVALID', file, validate.errors, `the contract ${doc.title}`, `/examples/${i}`),
  );
}

/** The contract and every contract it reaches through `$ref`s, sorted. */
function reachable(id: string, byId: ReadonlyMap<string, Located<ContractDoc>>): string[] {
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const { ref } of collectRefs(byId.get(next)?.doc)) {
      const target = refTarget(ref);
      if (typeof target === 'object' && !seen.has(target.id)) {
        seen.add(target.id);
        queue.push(target.id);
      }
    }
  }
  return [...seen].sort();
}
