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
  const visit = (node: unknown, path: string, required: boolean | undefined, refs: readonly string[]): void => {
    const resolved = resolveLocal(root, node, refs);
    if (resolved === undefined) return;
    const { schema, refs: seen, recursive } = resolved;
    if (path !== '') rows.push(rowOf(root, schema, path, required, recursive));
    if (recursive !== undefined || crossContract(schema) !== undefined) return;
    walkChildren(schema, path, seen);
  };
  const walkChildren = (schema: Schema, path: string, refs: readonly string[]): void => {
    const requiredNames = Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : [];
    for (const [name, child] of entries(schema['properties'])) visit(child, join(path, name), requiredNames.includes(name), refs);
    for (const [, child] of entries(schema['patternProperties'])) visit(child, join(path, '*'), undefined, refs);
    if (isSchema(schema['additionalProperties'])) visit(schema['additionalProperties'], join(path, '*'), undefined, refs);
    if (Array.isArray(schema['prefixItems'])) schema['prefixItems'].forEach((child, i) => visit(child, `${path}[${i}]`, undefined, refs));
    if (isSchema(schema['items'])) {
      const items = resolveLocal(root, schema['items'], refs);
      // A bare reference to another contract says nothing the array row has not said.
      if (items !== undefined && (hasOwnContent(items.schema) || crossContract(items.schema) === undefined)) visit(schema['items'], `${path}[]`, undefined, refs);
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) for (const branch of branches) walkBranch(branch, path, refs);
    }
  };
  // Branches of a combinator describe the same value: their properties sit at the same path.
  const walkBranch = (branch: unknown, path: string, refs: readonly string[]): void => {
    const resolved = resolveLocal(root, branch, refs);
    if (resolved === undefined || resolved.recursive !== undefined || crossContract(resolved.schema) !== undefined) return;
    walkChildren(resolved.schema, path, resolved.refs);
  };
  visit(root, '', undefined, []);
  return rows;
}

function rowOf(root: Schema, schema: Schema, path: string, required: boolean | undefined, recursive: string | undefined): FieldRow {
  const constraints: Constraint[] = [];
  for (const keyword of CONSTRAINT_KEYWORDS) {
    if (schema[keyword] !== undefined && !(keyword === 'uniqueItems' && schema[keyword] === false)) constraints.push({ keyword, value: schema[keyword] });
  }
  const contract = crossContract(schema) ?? arrayOfContract(root, schema);
  const description = typeof schema['description'] === 'string' ? schema['description'] : undefined;
  return { path, type: recursive === undefined ? typeOf(root, schema) : `recursive (${recursive}, described above)`, contract, required, constraints, description };
}

/** The type in words. A field holding another contract reads `array of ` + link, or just the link. */
export function typeOf(root: Schema, schema: Schema): string {
  if (crossContract(schema) !== undefined) return '';
  const declared = schema['type'];
  const types = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared.map(String) : inferred(schema);
  const labels = types.map((t) => {
    if (t !== 'array') return t;
    const items = isSchema(schema['items']) ? resolveLocal(root, schema['items'], [])?.schema : undefined;
    if (items === undefined) return 'array';
    if (crossContract(items) !== undefined) return 'array of ';
    const inner = typeOf(root, items);
    return inner === '' || inner === 'any' ? 'array' : `array of ${inner}`;
  });
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && labels.length === 0) {
      labels.push(`${keyword}: ${branches.map((b) => (isSchema(b) ? crossContract(b) ?? (typeOf(root, resolveLocal(root, b, [])?.schema ?? {}) || 'any') : 'any')).join(' | ')}`);
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
  const items = resolveLocal(root, schema['items'], []);
  return items === undefined ? undefined : crossContract(items.schema);
}

/**
 * Follows a local `$ref` (`#/$defs/x`, any JSON pointer into the root), merging the
 * referencing node's own keywords over the target's (its `description` wins).
 * `refs` is the chain of local refs already followed on this path; meeting one again
 * returns it as `recursive` instead of following it forever.
 */
function resolveLocal(root: Schema, node: unknown, refs: readonly string[]): { schema: Schema; refs: readonly string[]; recursive: string | undefined } | undefined {
  if (!isSchema(node)) return undefined;
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#')) return { schema: node, refs, recursive: undefined };
  const { $ref: _followed, ...own } = node;
  if (refs.includes(ref)) return { schema: own, refs, recursive: ref };
  const target = atPointer(root, ref.slice(1));
  if (!isSchema(target)) return { schema: own, refs, recursive: undefined };
  const inner = resolveLocal(root, target, [...refs, ref]);
  if (inner === undefined) return { schema: own, refs, recursive: undefined };
  return { schema: { ...inner.schema, ...own }, refs: inner.refs, recursive: inner.recursive };
}

function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
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
