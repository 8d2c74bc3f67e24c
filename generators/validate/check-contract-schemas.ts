import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { ajvDiagnostics } from './ajv-diagnostics';
import { createAjv } from './create-ajv';
import type { ValidatedSources } from './validated-sources';

/** The schema as a validator sees it: the editor-only `$schema` path dropped. */
export function schemaForValidation(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { $schema: _editorOnly, ...schema } = doc;
  return schema;
}

/**
 * Compiles every contract together (so cross-contract refs resolve by `$id`) and
 * validates each example against its own contract.
 */
export function checkContractSchemas(sources: ValidatedSources): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ajv = createAjv();
  const added: Array<(typeof sources.contracts)[number]> = [];
  for (const contract of sources.contracts) {
    try {
      ajv.addSchema(schemaForValidation(contract.doc));
      added.push(contract);
    } catch (e) {
      diagnostics.push(diagnostic('CONTRACT_SCHEMA_INVALID', contract.file, '', `The schema cannot be registered: ${(e as Error).message}.`, 'Give the contract a unique $id and valid draft 2020-12 keywords.'));
    }
  }
  for (const { file, doc } of added) {
    let validate;
    try {
      validate = ajv.getSchema(doc.$id);
    } catch (e) {
      diagnostics.push(diagnostic('CONTRACT_SCHEMA_INVALID', file, '', `The schema does not compile: ${(e as Error).message}.`, 'Fix the keyword named above; references must point at existing contracts and $defs.'));
      continue;
    }
    if (validate === undefined) continue;
    doc.examples.forEach((example, i) => {
      if (!validate(example)) {
        diagnostics.push(...ajvDiagnostics('CONTRACT_EXAMPLE_INVALID', file, validate.errors, `the contract ${doc.title}`, `/examples/${i}`));
      }
    });
  }
  return diagnostics;
}
