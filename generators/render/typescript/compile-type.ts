import type { JSONSchema } from 'json-schema-to-typescript';
import { memoizedAsync } from '../../cache/memo';

export interface TypeModule {
  /** Type name → module specifier, for `import type` lines. */
  readonly imports: ReadonlyMap<string, string>;
  readonly code: string;
}

/**
 * Compiles one schema to TypeScript declarations. Cross-file refs must already be
 * replaced by `tsType` names (see `replaceRefs`), so nothing is resolved from disk
 * or the network; formatting is off (prettier costs ~12 ms a schema and can flap).
 */
export function compileType(schema: Readonly<Record<string, unknown>>, typeName: string): Promise<string> {
  return memoizedAsync('compile-type', JSON.stringify([typeName, schema]), () => compileUncached(schema, typeName));
}

async function compileUncached(schema: Readonly<Record<string, unknown>>, typeName: string): Promise<string> {
  // json-schema-to-typescript annotates its input in place; the catalog is frozen.
  const copy = structuredClone(schema) as Record<string, unknown>;
  delete copy['$schema'];
  delete copy['$id'];
  copy['title'] = typeName;
  // Loaded on the first cache miss only, so a run whose types all come from the memo never pays for it;
  // `require` for the reason given in runWithCache.
  const { compile } = require('json-schema-to-typescript') as typeof import('json-schema-to-typescript');
  const code = await compile(copy as JSONSchema, typeName, {
    bannerComment: '',
    format: false,
    declareExternallyReferenced: true,
    unknownAny: true,
    // Bounded arrays would become unions of every tuple length.
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    additionalProperties: true,
    $refOptions: { resolve: { external: false, file: false, http: false } },
  });
  return code.replace(/\r\n?/g, '\n').trimEnd() + '\n';
}

/**
 * Replaces every `$ref` that `resolve` maps to a type name by `tsType: name`, so the
 * referenced type is imported instead of redeclared. Returns the rewritten copy and
 * the names it used.
 */
export function replaceRefs(
  schema: unknown,
  resolve: (ref: string) => string | undefined,
): { schema: unknown; used: Set<string> } {
  const used = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    const ref = record['$ref'];
    const name = typeof ref === 'string' ? resolve(ref) : undefined;
    if (name !== undefined) {
      used.add(name);
      const { $ref: _replaced, ...rest } = record;
      return { ...mapValues(rest, walk), tsType: name };
    }
    return mapValues(record, walk);
  };
  return { schema: walk(schema), used };
}

function mapValues(record: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = k === 'examples' || k === 'default' || k === 'const' || k === 'enum' ? v : f(v);
  return out;
}
