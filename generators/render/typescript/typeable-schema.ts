import { localTarget } from '../../model/contract-fields';
import { ONE_SCHEMA, SCHEMA_LIST, SCHEMA_MAP } from '../../util/schema-walk';

type Schema = Record<string, unknown>;

/**
 * Keywords json-schema-to-typescript does not understand. They only narrow the
 * values a type admits, so leaving them out gives a sound (wider) type; kept,
 * some make it misread their contents (`if`/`then` properties) and throw.
 */
const NOT_TYPED = new Set(['if', 'then', 'else', 'not', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'dependentSchemas', 'propertyNames', 'contentSchema', 'examples', '$comment', '$dynamicAnchor', '$anchor']);

/**
 * Rewrites a contract schema into the subset json-schema-to-typescript types
 * reliably: references to other contracts become `tsType` names (imported rather
 * than redeclared), anchors and `$dynamicRef`s become JSON-pointer `$ref`s to the
 * schema they name in this document, `prefixItems` becomes the tuple form it
 * knows, `definitions` joins `$defs`, and keywords it cannot type are left out.
 * Returns the names used.
 */
export function typeableSchema(root: unknown, contractType: (ref: string) => string | undefined): { schema: unknown; used: Set<string> } {
  const used = new Set<string>();
  const rootSchema = (root ?? {}) as Schema;
  const older = Object.keys((rootSchema['definitions'] as Schema | undefined) ?? {});
  // The compiler refuses a document holding both; the older name joins the newer unless a name is in both.
  const mergesDefinitions = older.length > 0 && !older.some((name) => Object.hasOwn((rootSchema['$defs'] as Schema | undefined) ?? {}, name));
  const convert = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node as Schema)) {
      if (NOT_TYPED.has(key)) continue;
      if (key === '$ref' || key === '$dynamicRef') {
        const ref = String(value);
        const name = contractType(ref);
        if (name !== undefined) {
          used.add(name);
          out['tsType'] = name;
        } else if (ref.startsWith('#')) {
          const target = localTarget(rootSchema, ref);
          if (target === undefined) out['tsType'] = 'unknown';
          else out['$ref'] = mergesDefinitions ? target.key.replace(/^#\/definitions\//, '#/$defs/') : target.key;
        } else out['tsType'] = 'unknown';
        continue;
      }
      if (key === 'prefixItems' && Array.isArray(value)) {
        out['items'] = value.map(convert);
        out['additionalItems'] = 'items' in (node as Schema) ? convert((node as Schema)['items']) : true;
        continue;
      }
      if (key === 'items' && 'prefixItems' in (node as Schema)) continue;
      if (ONE_SCHEMA.includes(key)) out[key] = Array.isArray(value) ? value.map(convert) : convert(value);
      else if (SCHEMA_MAP.includes(key) && value !== null && typeof value === 'object') out[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, convert(v)]));
      else if (SCHEMA_LIST.includes(key) && Array.isArray(value)) out[key] = value.map(convert);
      else out[key] = value;
    }
    return out;
  };
  const schema = convert(root) as Schema;
  if (mergesDefinitions) {
    schema['$defs'] = { ...(schema['definitions'] as Schema), ...(schema['$defs'] as Schema | undefined) };
    delete schema['definitions'];
  }
  return { schema, used };
}
