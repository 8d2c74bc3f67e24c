import type Ajv2020 from 'ajv/dist/2020';
import { nearestWord as nearest } from '../util/nearest-word';
import { diagnostic, pointerOf, warning, type Diagnostic } from '../diagnostics/diagnostic';
import { refTarget } from '../model/contract-id';
import { unsupportedPattern } from './linear-regexp';
import { walkSchema } from '../util/schema-walk';

/** What one contract needs from Ajv before it compiles, and what is wrong with it. */
export interface KeywordScan {
  readonly diagnostics: readonly Diagnostic[];
  /** `x-` extension keywords and misspelt keywords (already reported), to register as annotations. */
  readonly annotations: ReadonlySet<string>;
  /** Formats Ajv does not know: annotations, each with one warning. */
  readonly unknownFormats: ReadonlySet<string>;
  /** A pattern RE2 cannot run, or a `$ref` that resolves nowhere (reported by the contract-refs rule): the contract is not compiled. */
  readonly uncompilable: boolean;
}


/**
 * Looks at every keyword of a contract before Ajv compiles it, so each problem is
 * reported once, at its JSON pointer: an unknown keyword is a typo unless it starts
 * with `x-`; an unknown `format` is an annotation (with a warning); a pattern the
 * linear-time engine cannot run (lookaround, backreferences) is refused.
 */
export function scanContractKeywords(ajv: Ajv2020, file: string, schema: unknown, contractIds: ReadonlySet<string>): KeywordScan {
  const known = new Set(Object.keys(ajv.RULES.keywords));
  const formats = new Set(Object.keys(ajv.formats));
  const diagnostics: Diagnostic[] = [];
  const annotations = new Set<string>();
  const unknownFormats = new Set<string>();
  let uncompilable = false;
  const pattern = (value: string, pointer: string): void => {
    const why = unsupportedPattern(value);
    if (why === undefined) return;
    uncompilable = true;
    diagnostics.push(
      diagnostic('CONTRACT_PATTERN_UNSUPPORTED', file, pointer, `The pattern ${JSON.stringify(value)} cannot run on the linear-time engine every pattern runs on: ${why}.`, 'Rewrite it without lookaround or backreferences (RE2 syntax); patterns must never be able to backtrack.'),
    );
  };
  walkSchema(schema, (node, at) => {
    for (const key of Object.keys(node)) {
      if (known.has(key)) continue;
      annotations.add(key);
      if (key.startsWith('x-')) continue;
      const near = nearest(key, known);
      diagnostics.push(
        diagnostic('CONTRACT_KEYWORD_UNKNOWN', file, at + pointerOf(key), `"${key}" is not a JSON Schema draft 2020-12 keyword.`, near === undefined ? 'Fix its spelling, or prefix an extension keyword with "x-".' : `Did you mean "${near}"? Extension keywords start with "x-".`),
      );
    }
    if (typeof node['format'] === 'string' && !formats.has(node['format']) && !unknownFormats.has(node['format'])) {
      unknownFormats.add(node['format']);
      diagnostics.push(
        warning('CONTRACT_FORMAT_UNKNOWN', file, `${at}/format`, `The format "${node['format']}" is not one the manual checks; it is kept as an annotation and values are not validated against it.`, 'Nothing to do if that is intended; otherwise use a known format (date, date-time, uri, email, uuid, …) or a pattern.'),
      );
    }
    if (typeof node['pattern'] === 'string') pattern(node['pattern'], `${at}/pattern`);
    // A reference the contract-refs rule refuses is reported there; compiling would only say it again.
    if (typeof node['$ref'] === 'string') {
      const target = refTarget(node['$ref']);
      if (target === 'invalid' || (typeof target === 'object' && !contractIds.has(target.id))) uncompilable = true;
    }
    const patternProperties = node['patternProperties'];
    if (patternProperties !== null && typeof patternProperties === 'object') {
      for (const key of Object.keys(patternProperties)) pattern(key, at + pointerOf('patternProperties', key));
    }
  });
  return { diagnostics, annotations, unknownFormats, uncompilable };
}
