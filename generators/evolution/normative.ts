import { canonicalJson, compareStrings } from '../util/canonical-json';
import { sha256 } from '../util/hash';

/** Keywords that document a schema without changing what it accepts. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'deprecated', '$schema', '$id']);
/** Keywords whose array order carries no meaning. */
const UNORDERED = new Set(['required', 'enum', 'type']);
/** Keywords holding a map of names to schemas: their keys are names, never keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords holding data rather than schemas. */
const DATA = new Set(['const', 'enum', 'default']);

/**
 * The part of a contract that consumers and producers depend on: annotations
 * removed, keys sorted, order-free arrays sorted. Editing a description or an
 * example leaves it unchanged.
 */
export function normativeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normativeSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema).sort(compareStrings)) {
    // Extension keywords (`x-…`) are annotations too: nothing validates them.
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    const value = (schema as Record<string, unknown>)[key];
    if (DATA.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.keys(value).sort(compareStrings).map((name) => [name, normativeSchema((value as Record<string, unknown>)[name])]));
    } else out[key] = normativeSchema(value);
    if (UNORDERED.has(key) && Array.isArray(out[key])) {
      out[key] = [...(out[key] as unknown[])].sort((a, b) => compareStrings(JSON.stringify(a), JSON.stringify(b)));
    }
  }
  return out;
}

/** `sha256:<hex>` of the canonical normative schema. */
export function fingerprint(schema: unknown): string {
  return `sha256:${sha256(canonicalJson(normativeSchema(schema)))}`;
}
