import Ajv2020 from 'ajv/dist/2020';
import ucs2length from 'ajv/dist/runtime/ucs2length';
import standaloneCode from 'ajv/dist/standalone';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../generators/validate/code-point-length';
import { createAjv } from '../../generators/validate/create-ajv';
import { runtimeRequire } from '../../generators/verify/standalone/runtime-modules';

/**
 * The manual's `minLength`/`maxLength` count code points natively; they must
 * answer exactly as Ajv's own keywords do, errors and their order included.
 */
const SCHEMA = {
  type: 'object',
  properties: {
    short: { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z]+$' },
    any: { type: 'array', items: { type: 'string', maxLength: 1 } },
  },
};

const TEXTS = ['', 'a', 'ab', 'abc', 'abcd', '😀', '😀😀', '😀😀😀', '😀😀😀😀', 'a😀', '\uD800', '\uD800\uD800', '\uDC00a', 'é́', 'AB', 'ABCD', '😀x'];

describe('minLength and maxLength counted in code points', () => {
  it('counts as Ajv counts, surrogate pairs and lone surrogates included', () => {
    for (const text of TEXTS) {
      expect(codePointLength(text), JSON.stringify(text)).toBe(ucs2length(text));
      expect(codePointLength(text), JSON.stringify(text)).toBe([...text].length);
    }
  });

  it('reports the same errors in the same order as Ajv, in process and as standalone code', () => {
    const reference = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);
    const ajv = createAjv({ standalone: true });
    const ours = ajv.compile(SCHEMA);
    const module = { exports: {} as unknown };
    new Function('require', 'module', 'exports', standaloneCode(ajv, ours))(runtimeRequire, module, module.exports);
    const published = module.exports as typeof ours;
    expect(standaloneCode(ajv, ours)).toContain('require("ops-manual/code-point-length")');
    for (const text of TEXTS) {
      const value = { short: text, any: [text] };
      const expected = reference(value);
      for (const validate of [ours, published]) {
        expect(validate(value), JSON.stringify(text)).toBe(expected);
        expect(validate.errors ?? null).toEqual(reference.errors ?? null);
      }
    }
  });
});
