import { walkSchema } from '../util/schema-walk';

/** Contract ids: a dotted lowercase name then `.v<major>`, e.g. `event.v1`, `digests.l2.v1`. */
export const CONTRACT_ID = /^([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\.v([1-9][0-9]*)$/;

/** Where contracts are published; each `$id` is `${SCHEMA_BASE_URL}<id>.schema.json`. */
export const SITE_URL = 'https://ops-manual.example.org';
export const SCHEMA_BASE_URL = `${SITE_URL}/schemas/`;

/** The `$schema` of every JSON Schema published by the site. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

export function parseContractId(id: string): { family: string; major: number } | undefined {
  const m = CONTRACT_ID.exec(id);
  return m === null ? undefined : { family: m[1] as string, major: Number(m[2]) };
}

/**
 * The contract id a schema file stands for: `schemas/contracts/event.v1.schema.json` → `event.v1`.
 * The loader admits only `*.schema.json` files there, so every loaded contract has one.
 */
export function contractIdOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.schema\.json$/, '');
}

export function contractSchemaUrl(id: string): string {
  return `${SCHEMA_BASE_URL}${id}.schema.json`;
}

/** `event.v1` → `EventV1`, `digests.l2.v1` → `DigestsL2V1`, `run_record.v1` → `RunRecordV1`. */
export function contractTypeName(id: string): string {
  return id
    .split(/[._]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The contract a `$ref` points at, when it points at another contract: refs are
 * relative file names such as `manifest.v1.schema.json`.
 */
export function refTarget(ref: string): { id: string } | 'local' | 'invalid' {
  if (ref.startsWith('#')) return 'local';
  // Whole contracts only: a type per contract, and a version bump covers everything it references.
  const m = /^([^#/]+)\.schema\.json$/.exec(ref);
  if (m === null || !CONTRACT_ID.test(m[1] as string)) return 'invalid';
  return { id: m[1] as string };
}

/** Every `$ref` string in a schema, with the JSON pointer of the keyword. */
export function collectRefs(schema: unknown, at = ''): Array<{ ref: string; pointer: string }> {
  const out: Array<{ ref: string; pointer: string }> = [];
  walkSchema(
    schema,
    (node, pointer) => {
      if (typeof node['$ref'] === 'string') out.push({ ref: node['$ref'], pointer: `${pointer}/$ref` });
    },
    at,
  );
  return out;
}

/** The ids of the contracts a contract reaches through `$ref`s, and its own, sorted (its validator depends on exactly these). */
export function reachableContracts(id: string, refsOf: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const target of refsOf(next)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** The contract ids a schema `$ref`s, as `reachableContracts` wants them. */
export function referencedContracts(schema: unknown): string[] {
  return collectRefs(schema).flatMap(({ ref }) => {
    const target = refTarget(ref);
    return typeof target === 'object' ? [target.id] : [];
  });
}
