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
  return memoizedAsync('compile-type', JSON.stringify([typeName, schema]), async () => {
    try {
      return await compileUncached(schema, typeName);
    } catch (e) {
      // The schema is valid (validation passed); the compiler could not type it. The type stays honest: unknown.
      const reason = ((e as Error).message || String(e)).split('\n')[0] ?? '';
      return `/**\n * Not typed: json-schema-to-typescript could not type this schema (${reason.replace(/\*\//g, '* /')}), so it is \`unknown\`.\n * Validate documents against the published schema instead.\n */\nexport type ${typeName} = unknown;\n`;
    }
  });
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
