import { describe, expect, it } from 'vitest';
import { diffSchemas, type SchemaChange } from '../../generators/evolution/diff-schemas';
import { fingerprint, normativeSchema } from '../../generators/evolution/normative';

const none = (): undefined => undefined;
const diff = (a: unknown, b: unknown, contracts: Record<string, { old?: unknown; new?: unknown }> = {}): SchemaChange[] =>
  diffSchemas(a, b, { old: (id) => contracts[id]?.old, new: (id) => contracts[id]?.new });
const brief = (changes: SchemaChange[]): string[] => changes.map((c) => `${c.path || '(root)'} ${c.kind} readers:${c.readers} writers:${c.writers}`);
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'object', properties, ...extra });

/** One pair of schemas per rule: [name, old, new, expected classification]. */
const cases: Array<[string, unknown, unknown, string[]]> = [
  ['property removed from an open object', obj({ a: { type: 'string' }, b: { type: 'string' } }), obj({ a: { type: 'string' } }), ['b property-removed readers:breaking writers:compatible']],
  ['property removed from a closed object', obj({ a: {}, b: {} }, { additionalProperties: false }), obj({ a: {} }, { additionalProperties: false }), ['b property-removed readers:breaking writers:breaking']],
  ['optional property added to an open object', obj({ a: {} }), obj({ a: {}, b: {} }), ['b property-added readers:compatible writers:compatible']],
  ['property added to a closed object', obj({ a: {} }, { additionalProperties: false }), obj({ a: {}, b: {} }, { additionalProperties: false }), ['b property-added readers:breaking writers:compatible']],
  ['required added', obj({ a: {} }), obj({ a: {} }, { required: ['a'] }), ['a required-added readers:compatible writers:breaking']],
  ['required removed', obj({ a: {} }, { required: ['a'] }), obj({ a: {} }), ['a required-removed readers:breaking writers:compatible']],
  ['type changed', { type: 'string' }, { type: 'integer' }, ['(root) type-changed readers:breaking writers:breaking']],
  ['type narrowed (number → integer)', { type: 'number' }, { type: 'integer' }, ['(root) type-narrowed readers:compatible writers:breaking']],
  ['type narrowed (union shrinks)', { type: ['string', 'null'] }, { type: 'string' }, ['(root) type-narrowed readers:compatible writers:breaking']],
  ['type widened', { type: 'integer' }, { type: ['integer', 'null'] }, ['(root) type-widened readers:breaking writers:compatible']],
  ['enum value removed', { enum: ['a', 'b'] }, { enum: ['a'] }, ['(root) enum-value-removed readers:compatible writers:breaking']],
  ['enum value added', { enum: ['a'] }, { enum: ['a', 'b'] }, ['(root) enum-value-added readers:breaking writers:compatible']],
  ['enum introduced', { type: 'string' }, { type: 'string', enum: ['a'] }, ['(root) enum-added readers:compatible writers:breaking']],
  ['const changed', { const: 'a' }, { const: 'b' }, ['(root) enum-value-added readers:breaking writers:compatible', '(root) enum-value-removed readers:compatible writers:breaking']],
  ['additionalProperties closed', obj({}), obj({}, { additionalProperties: false }), ['(root) additional-properties-closed readers:compatible writers:breaking']],
  ['additionalProperties opened', obj({}, { additionalProperties: false }), obj({}), ['(root) additional-properties-opened readers:breaking writers:compatible']],
  ['pattern tightened (added)', { type: 'string' }, { type: 'string', pattern: '^a' }, ['(root) pattern-added readers:compatible writers:breaking']],
  ['pattern relaxed (removed)', { type: 'string', pattern: '^a' }, { type: 'string' }, ['(root) pattern-removed readers:breaking writers:compatible']],
  ['pattern changed', { pattern: '^a' }, { pattern: '^b' }, ['(root) pattern-changed readers:breaking writers:breaking']],
  ['format added', { type: 'string' }, { type: 'string', format: 'date' }, ['(root) format-added readers:compatible writers:breaking']],
  ['minimum raised', { minimum: 0 }, { minimum: 1 }, ['(root) bound-tightened readers:compatible writers:breaking']],
  ['maximum raised', { maximum: 5 }, { maximum: 9 }, ['(root) bound-relaxed readers:breaking writers:compatible']],
  ['maxLength added', { type: 'string' }, { type: 'string', maxLength: 3 }, ['(root) maxLength-added readers:compatible writers:breaking']],
  ['minItems removed', { type: 'array', minItems: 1 }, { type: 'array' }, ['(root) minItems-removed readers:breaking writers:compatible']],
  ['items type changed, reported at the item path', obj({ tags: { type: 'array', items: { type: 'string' } } }), obj({ tags: { type: 'array', items: { type: 'integer' } } }), ['tags[] type-changed readers:breaking writers:breaking']],
  ['prefixItems position added', { type: 'array', prefixItems: [{ type: 'string' }] }, { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] }, ['[1] tuple-item-added readers:compatible writers:breaking']],
  ['prefixItems position changed', { prefixItems: [{ type: 'string' }] }, { prefixItems: [{ type: 'boolean' }] }, ['[0] type-changed readers:breaking writers:breaking']],
  ['a change inside a recursive $dynamicRef tree, reported once where it is used', { $defs: { tree: { $dynamicAnchor: 'node', type: 'object', properties: { value: { type: 'string' }, children: { type: 'array', items: { $dynamicRef: '#node' } } } } }, $ref: '#/$defs/tree' }, { $defs: { tree: { $dynamicAnchor: 'node', type: 'object', properties: { value: { type: 'integer' }, children: { type: 'array', items: { $dynamicRef: '#node' } } } } }, $ref: '#/$defs/tree' }, ['value type-changed readers:breaking writers:breaking']],
  ['a change behind an $anchor reference', { $defs: { n: { $anchor: 'named', type: 'string' } }, type: 'object', properties: { label: { $ref: '#named' } } }, { $defs: { n: { $anchor: 'named', type: 'integer' } }, type: 'object', properties: { label: { $ref: '#named' } } }, ['label type-changed readers:breaking writers:breaking']],
  ['x- extension keywords are annotations', { type: 'string', 'x-owner': 'a' }, { type: 'string', 'x-owner': 'b' }, []],
  ['uniqueItems added', { type: 'array' }, { type: 'array', uniqueItems: true }, ['(root) unique-items-added readers:compatible writers:breaking']],
  ['nested path through local $defs', obj({ session: { $ref: '#/$defs/s' } }, { $defs: { s: obj({ events: { type: 'array', items: obj({ id: { type: 'string' } }) } }) } }), obj({ session: { $ref: '#/$defs/s' } }, { $defs: { s: obj({ events: { type: 'array', items: obj({ id: { type: 'integer' } }) } }) } }), ['session.events[].id type-changed readers:breaking writers:breaking']],
  ['combinator changed', { anyOf: [{ type: 'string' }] }, { anyOf: [{ type: 'integer' }] }, ['(root) combinator-changed readers:breaking writers:breaking']],
  ['unknown keyword changed counts as breaking', { type: 'object', dependentRequired: { a: ['b'] } }, { type: 'object' }, ['(root) keyword-changed readers:breaking writers:breaking']],
];

describe('diffSchemas classifies each change for readers and writers', () => {
  it.each(cases)('%s', (_name, a, b, expected) => {
    expect(brief(diff(a, b))).toEqual(expected);
  });

  it('reports nothing for identical schemas', () => {
    expect(diff(obj({ a: { type: 'string' } }), obj({ a: { type: 'string' } }))).toEqual([]);
  });

  it('follows a $ref to another contract and reports the change behind it', () => {
    const changes = diff(
      obj({ input: { $ref: 'manifest.v1.schema.json' } }),
      obj({ input: { $ref: 'manifest.v2.schema.json' } }),
      {
        'manifest.v1': { old: obj({ files: { type: 'array' } }, { required: ['files'] }) },
        'manifest.v2': { new: obj({ files: { type: 'array' }, producer: { type: 'string' } }, { required: ['files', 'producer'] }) },
      },
    );
    expect(brief(changes)).toEqual([
      'input ref-target-changed readers:compatible writers:compatible',
      'input.producer property-added readers:compatible writers:compatible',
      'input.producer required-added readers:compatible writers:breaking',
    ]);
  });

  it('terminates on recursive schemas', () => {
    const tree = (leaf: string): unknown => ({ $ref: '#/$defs/node', $defs: { node: obj({ value: { type: leaf }, children: { type: 'array', items: { $ref: '#/$defs/node' } } }) } });
    expect(brief(diffSchemas(tree('string'), tree('integer'), { old: none, new: none }))).toEqual(['value type-changed readers:breaking writers:breaking']);
  });
});

describe('normative content', () => {
  const base = { title: 'x.v1', description: 'd', type: 'object', required: ['b', 'a'], properties: { description: { type: 'string', description: 'a property named description' }, a: {}, b: {} }, examples: [{}] };

  it('ignores annotations but keeps properties named like them', () => {
    const edited = { ...base, description: 'changed', examples: [], $comment: 'c', properties: { ...base.properties, description: { type: 'string', description: 'reworded' } } };
    expect(fingerprint(edited)).toBe(fingerprint(base));
    expect(normativeSchema(base)).toHaveProperty(['properties', 'description', 'type'], 'string');
  });

  it('ignores the order of required and enum but not a real change', () => {
    expect(fingerprint({ ...base, required: ['a', 'b'] })).toBe(fingerprint(base));
    expect(fingerprint({ ...base, required: ['a'] })).not.toBe(fingerprint(base));
  });
});
