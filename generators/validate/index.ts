import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LoadedSources } from '../load/read-sources';
import { checkContractSchemas } from './check-contract-schemas';
import { createAjv } from './create-ajv';
import { RULES } from './rules';
import type { ValidatedSources } from './validated-sources';
import { validateShapes } from './validate-shapes';

/**
 * Validate: every file against its meta-schema, contracts compiled with their
 * examples, then the cross-file rules. Returns every diagnostic, never stops early.
 */
export function validate(loaded: LoadedSources): { sources: ValidatedSources; diagnostics: Diagnostic[] } {
  const shapes = validateShapes(createAjv(), loaded);
  const diagnostics = [...shapes.diagnostics, ...checkContractSchemas(shapes.sources)];
  for (const rule of RULES) rule.check(shapes.sources, (d) => diagnostics.push(d));
  return { sources: shapes.sources, diagnostics };
}
