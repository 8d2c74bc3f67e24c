import { describe, expect, it } from 'vitest';
import { contractFields, type FieldRow } from '../../generators/model/contract-fields';

const row = (rows: FieldRow[], path: string): FieldRow | undefined => rows.find((r) => r.path === path);

describe('contractFields', () => {
  it('walks nested objects and arrays into paths, required from the parent', () => {
    const rows = contractFields({
      type: 'object',
      required: ['session'],
      properties: {
        session: {
          type: 'object',
          required: ['events'],
          properties: { events: { type: 'array', minItems: 1, items: { $ref: '#/$defs/eventRef' } }, note: { type: 'string' } },
        },
      },
      $defs: { eventRef: { type: 'object', description: 'One event.', required: ['id'], properties: { id: { type: 'string', pattern: '^evt_' } } } },
    });
    expect(rows.map((r) => [r.path, r.type, r.required])).toEqual([
      ['session', 'object', true],
      ['session.events', 'array of object', true],
      ['session.events[]', 'object', undefined],
      ['session.events[].id', 'string', true],
      ['session.note', 'string', false],
    ]);
    expect(row(rows, 'session.events[]')?.description).toBe('One event.');
    expect(row(rows, 'session.events[].id')?.constraints).toEqual([{ keyword: 'pattern', value: '^evt_' }]);
  });

  it('lets the referencing description win over the referenced one', () => {
    const rows = contractFields({ properties: { id: { $ref: '#/$defs/id', description: 'Stable id.' } }, $defs: { id: { type: 'string', description: 'Any id.', maxLength: 9 } } });
    expect(row(rows, 'id')).toMatchObject({ type: 'string', description: 'Stable id.', constraints: [{ keyword: 'maxLength', value: 9 }] });
  });

  it('links a whole other contract instead of inlining it', () => {
    const rows = contractFields({
      properties: {
        built_from: { type: 'array', items: { $ref: 'manifest.v1.schema.json' } },
        run: { $ref: 'run_record.v1.schema.json', description: 'The run.' },
      },
    });
    expect(rows.map((r) => [r.path, r.type, r.contract])).toEqual([
      ['built_from', 'array of ', 'manifest.v1'],
      ['run', '', 'run_record.v1'],
    ]);
  });

  it('lists every constraint keyword, in a fixed order', () => {
    const [only] = contractFields({
      properties: {
        x: {
          type: 'number',
          default: 1,
          exclusiveMaximum: 9,
          exclusiveMinimum: 0,
          maximum: 8,
          minimum: 1,
          multipleOf: 0.5,
          enum: [1, 2],
          const: 1,
          format: 'float',
          pattern: 'p',
          minLength: 1,
          maxLength: 2,
          minItems: 1,
          maxItems: 2,
          uniqueItems: true,
          minProperties: 1,
          maxProperties: 2,
        },
      },
    });
    expect(only?.constraints.map((c) => c.keyword)).toEqual([
      'const', 'enum', 'pattern', 'format', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
      'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'default',
    ]);
  });

  it('infers types from const and enum, and names scalar array items', () => {
    const rows = contractFields({ properties: { v: { const: 'a.v1' }, k: { enum: [1, 2.5] }, tags: { type: 'array', items: { type: 'string', maxLength: 5 } } } });
    expect(rows.map((r) => [r.path, r.type])).toEqual([
      ['v', 'string'],
      ['k', 'integer | number'],
      ['tags', 'array of string'],
      ['tags[]', 'string'],
    ]);
  });

  it('shows map values, combinator branches and nullable types', () => {
    const rows = contractFields({
      properties: {
        by_name: { type: 'object', additionalProperties: { type: 'integer' } },
        either: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { $ref: 'other.v1.schema.json' }] },
        maybe: { type: ['string', 'null'] },
      },
    });
    expect(rows.map((r) => [r.path, r.type])).toEqual([
      ['by_name', 'object'],
      ['by_name.*', 'integer'],
      ['either', 'oneOf: object | other.v1'],
      ['either.a', 'string'],
      ['maybe', 'string | null'],
    ]);
  });

  it('stops at a recursive reference instead of looping', () => {
    const rows = contractFields({ properties: { tree: { $ref: '#/$defs/node' } }, $defs: { node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } } } } });
    expect(rows.map((r) => [r.path, r.type, r.recursiveOf])).toEqual([
      ['tree', 'object', undefined],
      ['tree.kids', 'array of object', undefined],
      ['tree.kids[]', 'recursive', 'tree'],
    ]);
  });

  it('keeps the schema’s own property order', () => {
    expect(contractFields({ properties: { schema_version: {}, id: {}, b: {}, a: {} } }).map((r) => r.path)).toEqual(['schema_version', 'id', 'b', 'a']);
  });
});
