import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generators/index';
import { limitedStep } from '../../generators/validate/step-limit';
import { bundledSources, readerOf } from '../helpers/fixture-reader';
import { failingCaseOutput } from '../helpers/fixture-cases';
import { tablesOf } from '../helpers/page-with-tables';

const ID = 'probe.v1';

/** The bundled example with one more shared contract whose body is `body`. */
function withContract(body: Record<string, unknown>, examples: unknown[]): Record<string, string> {
  const sources = bundledSources();
  const registry = JSON.parse(sources['registry/registry.json'] ?? '{}') as { sharedContracts: string[] };
  registry.sharedContracts.push(ID);
  const contract = { $schema: '../meta/contract.schema.json', $id: `https://ops-manual.example.org/schemas/${ID}.schema.json`, title: ID, description: 'A probe.', ...body, examples };
  return { ...sources, 'registry/registry.json': JSON.stringify(registry, null, 2), [`schemas/contracts/${ID}.schema.json`]: JSON.stringify(contract, null, 2) };
}

/** Every idiom draft 2020-12 allows that strict validators commonly refuse. */
const IDIOMS = {
  type: 'object',
  $defs: {
    tree: { $dynamicAnchor: 'node', type: 'object', properties: { value: { type: 'string' }, children: { type: 'array', items: { $dynamicRef: '#node' } } } },
    list: { type: 'object', properties: { head: { type: 'string' }, tail: { $ref: '#/$defs/list' } } },
    named: { $anchor: 'named', type: 'string', minLength: 1 },
  },
  properties: {
    tree: { $ref: '#/$defs/tree' },
    list: { $ref: '#/$defs/list' },
    label: { $ref: '#named' },
    kind: { enum: ['a', 'b'] },
    media: { type: 'string', format: 'media-range' },
    deprecated: { type: 'boolean' },
    pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
    'x-note': { type: 'string' },
  },
  'x-owner': 'platform',
  allOf: [{ required: ['kind'] }, { anyOf: [{ required: ['media'] }, { required: ['list'] }] }],
  patternProperties: { '^k': { type: 'string' } },
  if: { properties: { kind: { const: 'a' } } },
  then: { required: ['tree'] },
  else: { properties: { tree: false } },
  dependentSchemas: { media: { properties: { deprecated: { const: false } } } },
  unevaluatedProperties: false,
};
const EXAMPLE = { kind: 'a', tree: { value: 'r', children: [{ value: 'c', children: [] }] }, label: 'x', media: 'text/*', deprecated: false, pair: ['a', 1], list: { head: 'x', tail: { head: 'y' } } };

describe('any valid draft 2020-12 schema is a valid contract body', () => {
  it('accepts dynamic and recursive refs, anchors, unevaluatedProperties, if/then/else, dependentSchemas, overlapping patterns and x- keywords, with one warning for an unknown format', async () => {
    const result = await runPipeline(readerOf(withContract(IDIOMS, [EXAMPLE])));
    expect(result.ok, JSON.stringify(!result.ok && result.diagnostics)).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.pointer])).toEqual([['CONTRACT_FORMAT_UNKNOWN', '/properties/media/format']]);

    const type = result.planned.get(`src/types/contracts/${ID}.ts`) ?? '';
    expect(type).toContain('children?: Tree[]');
    expect(type).toContain('tail?: List');
    expect(type).toContain('pair?: [string, number]');

    const rows = (tablesOf(result.planned, `docs/contracts/${ID}.md`)[0]?.rows ?? []).map((row) => JSON.stringify(row.slice(0, 2)));
    expect(rows).toContain(JSON.stringify([[{ code: 'tree.children[]' }], ['recursive: the same as ', { code: 'tree' }, ' above']]));
    expect(rows).toContain(JSON.stringify([[{ code: 'list.tail' }], ['recursive: the same as ', { code: 'list' }, ' above']]));
    expect(rows).toContain(JSON.stringify([[{ code: 'label' }], ['string']]));
  });

  it('still validates examples against those idioms', async () => {
    const result = await runPipeline(readerOf(withContract(IDIOMS, [{ ...EXAMPLE, surplus: 1 }, { ...EXAMPLE, kind: 'b' }])));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // unevaluatedProperties refuses the surplus field; `else` refuses a tree when kind is not "a".
    expect(result.diagnostics.filter((d) => d.severity !== 'warning').map((d) => [d.code, d.pointer])).toEqual([
      ['CONTRACT_EXAMPLE_INVALID', '/examples/0/surplus'],
      ['CONTRACT_EXAMPLE_INVALID', '/examples/1/tree'],
    ]);
  });

  it('types a schema the type compiler cannot handle as unknown, with a note, instead of failing', async () => {
    const result = await runPipeline(readerOf(withContract({ type: 'object', $defs: { a: { type: 'string' } }, definitions: { a: { type: 'number' } }, properties: { x: { $ref: '#/definitions/a' } } }, [{ x: 1 }])));
    expect(result.ok, JSON.stringify(!result.ok && result.diagnostics)).toBe(true);
    if (!result.ok) return;
    const type = result.planned.get(`src/types/contracts/${ID}.ts`) ?? '';
    expect(type).toContain('export type ProbeV1 = unknown;');
    expect(type).toContain('Not typed: json-schema-to-typescript could not type this schema');
  });
});

describe('regular expressions from sources never backtrack', () => {
  it('gives a verdict on ^(a+)+$ against forty a’s and a b at once', { timeout: 5_000 }, async () => {
    expect(await failingCaseOutput('contract-pattern-backtracking')).toContain('does not match the pattern ^(a+)+$');
  });
});

describe('a gate step over its time limit', () => {
  it('is reported with the file and the step', () => {
    const found = limitedStep('schemas/contracts/x.v1.schema.json', 'Compiling the contract', () => [], -1);
    expect(found.map((d) => [d.code, d.file])).toEqual([['GATE_STEP_TOO_SLOW', 'schemas/contracts/x.v1.schema.json']]);
    expect(found[0]?.message).toContain('Compiling the contract took');
    expect(limitedStep('f', 'step', () => [])).toEqual([]);
  });
});
