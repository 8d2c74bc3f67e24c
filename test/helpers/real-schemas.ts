import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '../../generators/validate/create-ajv';
import { REPO_ROOT } from './fixture-reader';

/**
 * Large public JSON Schemas shipped by installed packages, made into contracts
 * of this manual honestly: draft-07 tuple `items` becomes `prefixItems`, each
 * vendor keyword (webpack's `instanceof`, `absolutePath`, `cli`, …; mdn-data's
 * `property-reference`) gets the `x-` prefix draft 2020-12 extensions carry, and
 * the contract fields the manual requires (`$id`, `title`, `description`,
 * `examples`) are set. Nothing else changes.
 */
export interface RealSchema {
  readonly id: string;
  readonly source: string;
  readonly examples: readonly unknown[];
}

export const REAL_SCHEMAS: readonly RealSchema[] = [
  { id: 'webpack_options.v1', source: 'node_modules/webpack/schemas/WebpackOptions.json', examples: [{ mode: 'production', entry: './src/index.js', output: { filename: '[name].js' } }] },
  { id: 'module_federation.v1', source: 'node_modules/webpack/schemas/plugins/container/ModuleFederationPlugin.json', examples: [{ name: 'app', exposes: { './Button': './src/Button' } }] },
  { id: 'css_properties.v1', source: 'node_modules/mdn-data/css/properties.schema.json', examples: [firstEntries('node_modules/mdn-data/css/properties.json', 3)] },
];

/** Real data the schema describes: its first few entries. */
function firstEntries(path: string, n: number): Record<string, unknown> {
  return Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Record<string, unknown>).slice(0, n));
}

export function realContract(schema: RealSchema): string {
  const text = readFileSync(join(REPO_ROOT, schema.source), 'utf8');
  // mdn-data refers to a sibling file of named schemas; a contract is one document, so they join its $defs.
  const sibling = /"([a-z-]+\.json)#/.exec(text)?.[1];
  const original = JSON.parse(sibling === undefined ? text : text.split(`"${sibling}#/`).join('"#/$defs/')) as Record<string, unknown>;
  if (sibling !== undefined) {
    original['$defs'] = { ...(original['$defs'] as object), ...(JSON.parse(readFileSync(join(REPO_ROOT, schema.source, '..', sibling), 'utf8')) as object) };
  }
  const known = new Set(Object.keys(createAjv().RULES.keywords));
  const converted = convert(original, known) as Record<string, unknown>;
  const { $schema: _draft, $id: _id, title: _title, description, ...body } = converted;
  return (
    JSON.stringify(
      {
        $schema: '../meta/contract.schema.json',
        $id: `https://ops-manual.example.org/schemas/${schema.id}.schema.json`,
        title: schema.id,
        description: typeof description === 'string' ? description : `The schema of ${schema.source.replace(/^node_modules\//, '')}.`,
        ...body,
        examples: schema.examples,
      },
      null,
      2,
    ) + '\n'
  );
}

const ONE = new Set(['items', 'contains', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'additionalItems']);
const MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

function convert(node: unknown, known: ReadonlySet<string>): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'items' && Array.isArray(value)) out['prefixItems'] = value.map((v) => convert(v, known));
    else if (ONE.has(key)) out[key] = convert(value, known);
    else if (MAP.has(key) && value !== null && typeof value === 'object') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, known)]));
    else if (LIST.has(key) && Array.isArray(value)) out[key] = value.map((v) => convert(v, known));
    else if (key === 'deprecated' && typeof value !== 'boolean') out['x-deprecated'] = value;
    else out[known.has(key) ? key : `x-${key}`] = value;
  }
  return out;
}
