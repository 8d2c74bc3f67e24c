import type { Diagnostic } from '../diagnostics/diagnostic';
import { forgetLocked } from '../evolution/forget-locked';
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
export function validate(loaded: LoadedSources, options: ValidateOptions = {}): { sources: ValidatedSources; diagnostics: Diagnostic[] } {
  const shapes = validateShapes(createAjv(), loaded);
  const relocked = forgetLocked(shapes.sources, options.relock ?? []);
  const sources = relocked.sources;
  const diagnostics = [...shapes.diagnostics, ...relocked.diagnostics, ...checkContractSchemas(sources)];
  for (const rule of RULES) rule.check(sources, (d) => diagnostics.push(d));
  return { sources, diagnostics };
}

export interface ValidateOptions {
  /** Contract ids whose lock entry is dropped so their current content is locked again (`npm run relock`). */
  readonly relock?: readonly string[];
}
