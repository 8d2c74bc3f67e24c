import { pointerOf } from '../diagnostics/diagnostic';

type Schema = Readonly<Record<string, unknown>>;

/** Keywords whose value is one subschema. */
export const ONE_SCHEMA = ['items', 'contains', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems', 'contentSchema'];
/** Keywords whose value maps names to subschemas. */
export const SCHEMA_MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Keywords whose value is a list of subschemas. */
export const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/**
 * Visits every subschema of a draft 2020-12 schema with its JSON pointer, knowing
 * which keywords hold schemas: a property called `examples`, `$ref` or `enum` is
 * a name, while the values of `examples`, `default`, `const` and `enum` are data
 * and never visited. Boolean subschemas are skipped.
 */
export function walkSchema(root: unknown, visit: (node: Schema, pointer: string) => void, at = ''): void {
  const stack: Array<[unknown, string]> = [[root, at]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, pointer] = next;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const schema = node as Schema;
    visit(schema, pointer);
    const children: Array<[unknown, string]> = [];
    for (const key of ONE_SCHEMA) if (key in schema) {
      const value = schema[key];
      // Draft 4–2019 tuple form of `items`.
      if (Array.isArray(value)) value.forEach((v, i) => children.push([v, `${pointer}${pointerOf(key, i)}`]));
      else children.push([value, `${pointer}${pointerOf(key)}`]);
    }
    for (const key of SCHEMA_MAP) {
      const value = schema[key];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, child] of Object.entries(value)) children.push([child, `${pointer}${pointerOf(key, name)}`]);
      }
    }
    for (const key of SCHEMA_LIST) {
      const value = schema[key];
      if (Array.isArray(value)) value.forEach((child, i) => children.push([child, `${pointer}${pointerOf(key, i)}`]));
    }
    // Depth first in document order.
    stack.push(...children.reverse());
  }
}
