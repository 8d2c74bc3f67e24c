import { walkSchema } from '../util/schema-walk';
import { refTarget } from './contract-id';

/** One row of a contract's field table. */
export interface FieldRow {
  /** `session.events[].id`: properties joined by dots, array items as `[]`, map values as `.*`. */
  readonly path: string;
  /** The type in words (`string`, `array of object`, `integer | null`), without the referenced contract. */
  readonly type: string;
  /** A whole other contract this field holds (the `$ref` target), linked rather than inlined. */
  readonly contract: string | undefined;
  /** Whether the parent object requires the field; undefined for array items and map values. */
  readonly required: boolean | undefined;
  readonly constraints: readonly Constraint[];
  readonly description: string | undefined;
  /** For a recursive field: the path of the row above that describes it (empty for the document itself). */
  readonly recursiveOf?: string;
}

/** A validation keyword and its value; the value is the schema's own (a pattern string, an enum array). */
export interface Constraint {
  readonly keyword: string;
  readonly value: unknown;
}

type Schema = Readonly<Record<string, unknown>>;

/** Keywords shown in the constraints column, in this order. */
export const CONSTRAINT_KEYWORDS = [
  'const',
  'enum',
  'pattern',
  'format',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
] as const;

/**
 * Flattens a contract schema into field rows, depth first in the order the schema
 * lists its properties (authors order them for reading; sorting would bury
 * `schema_version` and `id`). Local `#/...` refs are followed inline; a ref to
 * another contract becomes a link and is not descended into; a ref cycle stops
 * at the first repeat.
 */
export function contractFields(root: Schema): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (node: unknown, path: string, required: boolean | undefined, refs: Chain): void => {
    const resolved = resolveLocal(root, node, refs, path);
    if (resolved === undefined) return;
    const { schema, refs: seen, recursiveOf } = resolved;
    if (path !== '') rows.push(rowOf(root, schema, path, required, recursiveOf));
    if (recursiveOf !== undefined || crossContract(schema) !== undefined) return;
    walkChildren(schema, path, seen);
  };
  const walkChildren = (schema: Schema, path: string, refs: Chain): void => {
    const requiredNames = Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
    for (const [name, child] of entries(schema['properties'])) visit(child, join(path, name), requiredNames.includes(name), refs);
    for (const [, child] of entries(schema['patternProperties'])) visit(child, join(path, '*'), undefined, refs);
    if (isSchema(schema['additionalProperties'])) visit(schema['additionalProperties'], join(path, '*'), undefined, refs);
    if (Array.isArray(schema['prefixItems'])) schema['prefixItems'].forEach((child, i) => visit(child, `${path}[${i}]`, undefined, refs));
    if (isSchema(schema['items'])) {
      const items = resolveLocal(root, schema['items'], refs, `${path}[]`);
      // A bare reference to another contract says nothing the array row has not said.
      if (items !== undefined && (hasOwnContent(items.schema) || crossContract(items.schema) === undefined)) visit(schema['items'], `${path}[]`, undefined, refs);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) for (const branch of branches) walkBranch(branch, path, refs);
    }
  };
  // Branches of a combinator describe the same value: their properties sit at the same path.
  const walkBranch = (branch: unknown, path: string, refs: Chain): void => {
    const resolved = resolveLocal(root, branch, refs, path);
    if (resolved === undefined || resolved.recursiveOf !== undefined || crossContract(resolved.schema) !== undefined) return;
    walkChildren(resolved.schema, path, resolved.refs);
  };
  visit(root, '', undefined, [{ ref: '#', path: '' }]);
  return rows;
}

/** The local refs followed on the way to a node, each with the field path where it was first shown. */
type Chain = ReadonlyArray<{ readonly ref: string; readonly path: string }>;

function rowOf(root: Schema, schema: Schema, path: string, required: boolean | undefined, recursiveOf: string | undefined): FieldRow {
  const constraints: Constraint[] = [];
  for (const keyword of CONSTRAINT_KEYWORDS) {
    if (schema[keyword] !== undefined && !(keyword === 'uniqueItems' && schema[keyword] === false)) constraints.push({ keyword, value: schema[keyword] });
  }
  const contract = crossContract(schema) ?? arrayOfContract(root, schema);
  const description = typeof schema['description'] === 'string' ? schema['description'] : undefined;
  if (recursiveOf !== undefined) return { path, type: 'recursive', contract, required, constraints, description, recursiveOf };
  return { path, type: typeOf(root, schema), contract, required, constraints, description };
}

/**
 * The type in words. A field holding another contract reads `array of ` + link, or
 * just the link. Local references are followed three levels deep at most, which
 * also bounds recursive schemas.
 */
export function typeOf(root: Schema, schema: Schema, depth = 0): string {
  if (crossContract(schema) !== undefined) return '';
  const resolve = (node: unknown): Schema | undefined => (depth > 3 ? undefined : resolveLocal(root, node, [], '')?.schema);
  const declared = schema['type'];
  const types = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared.map(String) : inferred(schema);
  const labels = types.map((t) => {
    if (t !== 'array') return t;
    const items = resolve(schema['items']);
    if (items === undefined) return 'array';
    if (crossContract(items) !== undefined) return 'array of ';
    const of = typeOf(root, items, depth + 1);
    return of === '' || of === 'any' ? 'array' : `array of ${of}`;
  });
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && labels.length === 0) {
      labels.push(`${keyword}: ${branches.map((b) => (isSchema(b) ? crossContract(b) ?? (typeOf(root, resolve(b) ?? {}, depth + 1) || 'any') : 'any')).join(' | ')}`);
    }
  }
  return labels.length === 0 ? 'any' : labels.join(' | ');
}

function inferred(schema: Schema): string[] {
  if (schema['const'] !== undefined) return [jsonType(schema['const'])];
  if (Array.isArray(schema['enum'])) return [...new Set(schema['enum'].map(jsonType))];
  if (schema['properties'] !== undefined) return ['object'];
  if (schema['items'] !== undefined || schema['prefixItems'] !== undefined) return ['array'];
  return [];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The contract id a schema node `$ref`s as a whole, if it does. */
export function crossContract(schema: Schema): string | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return undefined;
  const target = refTarget(ref);
  return typeof target === 'object' ? target.id : undefined;
}

function arrayOfContract(root: Schema, schema: Schema): string | undefined {
  if (!isSchema(schema['items'])) return undefined;
  const items = resolveLocal(root, schema['items'], [], '');
  return items === undefined ? undefined : crossContract(items.schema);
}

/**
 * Follows a local reference — `$ref` to a JSON pointer (`#/$defs/x`) or an anchor
 * (`#node`), or a `$dynamicRef` resolved statically to the document's matching
 * `$dynamicAnchor` — merging the referencing node's own keywords over the
 * target's (its `description` wins). `refs` is the chain of references already
 * followed on this path; meeting one again returns the path where it was first
 * shown as `recursiveOf` instead of following it for ever.
 */
function resolveLocal(root: Schema, node: unknown, refs: Chain, path: string): { schema: Schema; refs: Chain; recursiveOf: string | undefined } | undefined {
  if (!isSchema(node)) return undefined;
  const keyword = typeof node['$ref'] === 'string' ? '$ref' : typeof node['$dynamicRef'] === 'string' ? '$dynamicRef' : undefined;
  const ref = keyword === undefined ? undefined : (node[keyword] as string);
  if (keyword === undefined || ref === undefined || !ref.startsWith('#')) return { schema: node, refs, recursiveOf: undefined };
  const { [keyword]: _followed, ...own } = node;
  const target = localTarget(root, ref);
  const key = target === undefined ? ref : target.key;
  const earlier = refs.find((r) => r.ref === key);
  if (earlier !== undefined) return { schema: own, refs, recursiveOf: earlier.path };
  if (target === undefined) return { schema: own, refs, recursiveOf: undefined };
  const inner = resolveLocal(root, target.schema, [...refs, { ref: key, path }], path);
  if (inner === undefined) return { schema: own, refs, recursiveOf: undefined };
  return { schema: { ...inner.schema, ...own }, refs: inner.refs, recursiveOf: inner.recursiveOf };
}

/** The schema a local reference names, with a key (`#` + its JSON pointer) that is the same for every way of naming it. */
export function localTarget(root: Schema, ref: string): { schema: Schema; key: string } | undefined {
  const fragment = ref.slice(1);
  if (fragment === '' || fragment.startsWith('/')) {
    const schema = atPointer(root, fragment);
    return isSchema(schema) ? { schema, key: `#${fragment}` } : undefined;
  }
  let found: { schema: Schema; key: string } | undefined;
  walkSchema(root, (candidate, pointer) => {
    if (found !== undefined) return;
    // A `$dynamicAnchor` is also a plain anchor; resolving a `$dynamicRef` to the document's own is the static reading.
    if (candidate['$anchor'] === fragment || candidate['$dynamicAnchor'] === fragment) {
      found = { schema: candidate, key: `#${pointer}` };
    }
  });
  return found;
}

function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = safeDecode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Pointers in URI fragments may be percent-encoded; a stray `%` is kept as written. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function hasOwnContent(schema: Schema): boolean {
  return typeof schema['description'] === 'string' || CONSTRAINT_KEYWORDS.some((k) => schema[k] !== undefined);
}

function entries(value: unknown): Array<[string, unknown]> {
  return isSchema(value) ? Object.entries(value) : [];
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
