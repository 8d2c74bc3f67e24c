import { localTarget } from '../model/contract-fields';
import { refTarget } from '../model/contract-id';
import { canonicalJson, compareStrings } from '../util/canonical-json';

export type Impact = 'breaking' | 'compatible';

export interface SchemaChange {
  /** Field path, e.g. `session.events[].id`; empty for the document itself. */
  readonly path: string;
  readonly kind: string;
  readonly detail: string;
  /** For consumers built against the old version reading data of the new one. */
  readonly readers: Impact;
  /** For producers writing data shaped for the old version that must validate against the new one. */
  readonly writers: Impact;
}

type Schema = Record<string, unknown> | boolean;

/** How a side of the comparison resolves cross-contract refs: contract id → normative schema. */
export type ContractLookup = (id: string) => unknown;

interface Side {
  readonly root: unknown;
  readonly lookup: ContractLookup;
}

const TIGHTENED: Pick<SchemaChange, 'readers' | 'writers'> = { readers: 'compatible', writers: 'breaking' };
const RELAXED: Pick<SchemaChange, 'readers' | 'writers'> = { readers: 'breaking', writers: 'compatible' };
const BOTH: Pick<SchemaChange, 'readers' | 'writers'> = { readers: 'breaking', writers: 'breaking' };
const NEITHER: Pick<SchemaChange, 'readers' | 'writers'> = { readers: 'compatible', writers: 'compatible' };

/** Lower bounds: raising or adding one tightens. Upper bounds the other way round. */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const CONSTRAINTS = ['pattern', 'format'];
const COMBINATORS = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'];
const HANDLED = new Set([
  '$ref', '$dynamicRef', '$anchor', '$dynamicAnchor', '$defs', 'definitions', 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties',
  'items', 'prefixItems', 'uniqueItems', 'default', ...LOWER_BOUNDS, ...UPPER_BOUNDS, ...CONSTRAINTS, ...COMBINATORS,
]);

/**
 * Classifies every difference between two versions of a contract (both given as
 * normative schemas). Refs are followed on both sides — local `#/$defs/...` and
 * other contracts by file name — so a change behind a `$ref` is reported where
 * it is used. Keywords without a precise rule count as breaking both ways.
 */
export function diffSchemas(
  oldSchema: unknown,
  newSchema: unknown,
  lookups: { readonly old: ContractLookup; readonly new: ContractLookup },
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  // Pairs of ref targets already compared, by identity: recursive schemas are compared once.
  const seen = new Map<unknown, Set<unknown>>();
  const add = (path: string, kind: string, detail: string, impact: Pick<SchemaChange, 'readers' | 'writers'>): void => {
    changes.push({ path, kind, detail, ...impact });
  };

  const walk = (a: unknown, b: unknown, path: string, sa: Side, sb: Side): void => {
    const ra = deref(a, sa);
    const rb = deref(b, sb);
    if (ra.ref !== rb.ref && (ra.ref !== undefined || rb.ref !== undefined)) {
      add(path, 'ref-target-changed', `$ref ${ra.ref ?? '(inline)'} → ${rb.ref ?? '(inline)'}; the target is compared below`, NEITHER);
    }
    if (ra.ref !== undefined || rb.ref !== undefined) {
      const partners = seen.get(ra.identity) ?? new Set<unknown>();
      if (partners.has(rb.identity)) return;
      partners.add(rb.identity);
      seen.set(ra.identity, partners);
    }
    compareSchemas(ra.schema, rb.schema, path, ra.side, rb.side);
  };

  const compareSchemas = (a: Schema, b: Schema, path: string, sa: Side, sb: Side): void => {
    if (typeof a === 'boolean' || typeof b === 'boolean') {
      if (a === b) return;
      if (a === true) add(path, 'schema-restricted', 'any value was allowed; now constrained', TIGHTENED);
      else if (b === true) add(path, 'schema-unrestricted', 'was constrained; now any value is allowed', RELAXED);
      else add(path, 'schema-replaced', 'replaced by a schema accepting different values', BOTH);
      return;
    }
    compareTypes(a, b, path);
    compareEnums(a, b, path);
    compareObject(a, b, path, sa, sb);
    compareArray(a, b, path, sa, sb);
    compareBounds(a, b, path);
    for (const k of CONSTRAINTS) compareConstraint(a, b, k, path);
    if (a['uniqueItems'] !== b['uniqueItems']) {
      if (b['uniqueItems'] === true) add(path, 'unique-items-added', 'items must now be unique', TIGHTENED);
      else add(path, 'unique-items-removed', 'items need no longer be unique', RELAXED);
    }
    if (canonicalJson(a['default'] ?? null) !== canonicalJson(b['default'] ?? null)) {
      add(path, 'default-changed', `default ${show(a['default'])} → ${show(b['default'])}`, RELAXED);
    }
    for (const k of COMBINATORS) {
      if (canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null)) add(path, 'combinator-changed', `${k} changed`, BOTH);
    }
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!HANDLED.has(k) && !k.startsWith('x-') && canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null)) {
        add(path, 'keyword-changed', `${k} ${show(a[k])} → ${show(b[k])}`, BOTH);
      }
    }
  };

  const compareTypes = (a: Record<string, unknown>, b: Record<string, unknown>, path: string): void => {
    const ta = typeSet(a);
    const tb = typeSet(b);
    const removed = [...ta].filter((t) => !covers(tb, t));
    const added = [...tb].filter((t) => !covers(ta, t));
    if (removed.length === 0 && added.length === 0) return;
    const detail = `type ${[...ta].sort().join('|')} → ${[...tb].sort().join('|')}`;
    if (removed.length > 0 && added.length > 0) add(path, 'type-changed', detail, BOTH);
    else if (removed.length > 0) add(path, 'type-narrowed', detail, TIGHTENED);
    else add(path, 'type-widened', detail, RELAXED);
  };

  const compareEnums = (a: Record<string, unknown>, b: Record<string, unknown>, path: string): void => {
    const ea = allowedValues(a);
    const eb = allowedValues(b);
    if (ea === undefined && eb === undefined) return;
    if (ea === undefined) return add(path, 'enum-added', `now limited to ${[...(eb ?? [])].join(', ')}`, TIGHTENED);
    if (eb === undefined) return add(path, 'enum-removed', 'no longer limited to a list of values', RELAXED);
    for (const v of [...ea].filter((x) => !eb.has(x)).sort(compareStrings)) add(path, 'enum-value-removed', `value ${v} removed`, TIGHTENED);
    for (const v of [...eb].filter((x) => !ea.has(x)).sort(compareStrings)) add(path, 'enum-value-added', `value ${v} added`, RELAXED);
  };

  const compareObject = (a: Record<string, unknown>, b: Record<string, unknown>, path: string, sa: Side, sb: Side): void => {
    const pa = record(a['properties']);
    const pb = record(b['properties']);
    const closedA = a['additionalProperties'] === false;
    const closedB = b['additionalProperties'] === false;
    for (const name of [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort(compareStrings)) {
      const child = join(path, name);
      if (!(name in pb)) {
        add(child, 'property-removed', `property ${name} removed`, closedB ? BOTH : RELAXED);
      } else if (!(name in pa)) {
        add(child, 'property-added', `property ${name} added`, closedA ? RELAXED : NEITHER);
      } else walk(pa[name], pb[name], child, sa, sb);
    }
    const ra = new Set(strings(a['required']));
    const rb = new Set(strings(b['required']));
    for (const name of [...rb].filter((n) => !ra.has(n)).sort(compareStrings)) add(join(path, name), 'required-added', `${name} is now required`, TIGHTENED);
    for (const name of [...ra].filter((n) => !rb.has(n)).sort(compareStrings)) add(join(path, name), 'required-removed', `${name} is no longer required`, RELAXED);
    const apA = a['additionalProperties'];
    const apB = b['additionalProperties'];
    if (!closedA && closedB) add(path, 'additional-properties-closed', 'unknown properties are now rejected', TIGHTENED);
    else if (closedA && !closedB) add(path, 'additional-properties-opened', 'unknown properties are now allowed', RELAXED);
    else if (isObject(apA) && isObject(apB)) walk(apA, apB, `${path}.*`, sa, sb);
  };

  const compareArray = (a: Record<string, unknown>, b: Record<string, unknown>, path: string, sa: Side, sb: Side): void => {
    const ia = a['items'];
    const ib = b['items'];
    if (ia !== undefined && ib !== undefined) walk(ia, ib, `${path}[]`, sa, sb);
    else if (ia === undefined && ib !== undefined) add(`${path}[]`, 'items-constrained', 'array items are now constrained', TIGHTENED);
    else if (ia !== undefined && ib === undefined) add(`${path}[]`, 'items-unconstrained', 'array items are no longer constrained', RELAXED);
    const pa = Array.isArray(a['prefixItems']) ? (a['prefixItems'] as unknown[]) : [];
    const pb = Array.isArray(b['prefixItems']) ? (b['prefixItems'] as unknown[]) : [];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const child = `${path}[${i}]`;
      if (i >= pb.length) add(child, 'tuple-item-removed', `position ${i} is no longer described`, RELAXED);
      else if (i >= pa.length) add(child, 'tuple-item-added', `position ${i} is now constrained`, TIGHTENED);
      else walk(pa[i], pb[i], child, sa, sb);
    }
  };

  const compareBounds = (a: Record<string, unknown>, b: Record<string, unknown>, path: string): void => {
    for (const k of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const va = a[k];
      const vb = b[k];
      if (va === vb) continue;
      const lower = LOWER_BOUNDS.includes(k);
      const detail = `${k} ${show(va)} → ${show(vb)}`;
      if (typeof va !== 'number') add(path, `${k}-added`, detail, TIGHTENED);
      else if (typeof vb !== 'number') add(path, `${k}-removed`, detail, RELAXED);
      else add(path, (lower ? vb > va : vb < va) ? 'bound-tightened' : 'bound-relaxed', detail, (lower ? vb > va : vb < va) ? TIGHTENED : RELAXED);
    }
  };

  const compareConstraint = (a: Record<string, unknown>, b: Record<string, unknown>, k: string, path: string): void => {
    const va = a[k];
    const vb = b[k];
    if (va === vb) return;
    const detail = `${k} ${show(va)} → ${show(vb)}`;
    if (va === undefined) add(path, `${k}-added`, detail, TIGHTENED);
    else if (vb === undefined) add(path, `${k}-removed`, detail, RELAXED);
    else add(path, `${k}-changed`, detail, BOTH);
  };

  const deref = (node: unknown, side: Side): { schema: Schema; side: Side; ref: string | undefined; identity: unknown } => {
    let current = node;
    let identity = node;
    let currentSide = side;
    let firstRef: string | undefined;
    for (let hops = 0; hops < 32 && isObject(current) && (typeof current['$ref'] === 'string' || typeof current['$dynamicRef'] === 'string'); hops++) {
      // A `$dynamicRef` is read statically, as the document's own anchor: what a reader of this contract alone sees.
      const keyword = typeof current['$ref'] === 'string' ? '$ref' : '$dynamicRef';
      const ref = current[keyword] as string;
      firstRef ??= ref;
      const { [keyword]: _ref, ...siblings } = current;
      const target = resolve(ref, currentSide);
      if (target === undefined) break;
      currentSide = target.side;
      identity = target.schema;
      current = isObject(target.schema) && Object.keys(siblings).length > 0 ? { ...target.schema, ...siblings } : target.schema;
    }
    return { schema: typeof current === 'boolean' ? current : record(current), side: currentSide, ref: firstRef, identity };
  };

  walk(oldSchema, newSchema, '', { root: oldSchema, lookup: lookups.old }, { root: newSchema, lookup: lookups.new });
  return changes.sort((x, y) => compareStrings(x.path, y.path) || compareStrings(x.kind, y.kind) || compareStrings(x.detail, y.detail));
}

function resolve(ref: string, side: Side): { schema: unknown; side: Side } | undefined {
  const target = refTarget(ref);
  if (target === 'local') {
    const found = isObject(side.root) ? localTarget(side.root, ref) : undefined;
    return found === undefined ? undefined : { schema: found.schema, side };
  }
  if (target === 'invalid') return undefined;
  const schema = side.lookup(target.id);
  return schema === undefined ? undefined : { schema, side: { root: schema, lookup: side.lookup } };
}

/** The JSON types a schema names (all of them when it names none). */
function typeSet(schema: Record<string, unknown>): Set<string> {
  const t = schema['type'];
  return new Set(typeof t === 'string' ? [t] : Array.isArray(t) ? strings(t) : ['array', 'boolean', 'null', 'number', 'object', 'string']);
}

/** Whether a set of types accepts every value of type `t`; `integer` is a subset of `number`. */
function covers(types: ReadonlySet<string>, t: string): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

function allowedValues(schema: Record<string, unknown>): Set<string> | undefined {
  if ('const' in schema) return new Set([JSON.stringify(schema['const'])]);
  if (Array.isArray(schema['enum'])) return new Set((schema['enum'] as unknown[]).map((v) => JSON.stringify(v)));
  return undefined;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
