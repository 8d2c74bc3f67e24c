import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { boundedNativePattern } from '../../generators/validate/bounded-pattern';
import { linearRegExp } from '../../generators/validate/linear-regexp';

const NATIVE = [
  '^chk_[0-9a-f]{16}$',
  '^[a-z][a-z0-9_]*$',
  '^[0-9a-f]{64}$',
  '^[0-7][0-9A-HJKMNP-TV-Z]{25}$',
  '^[a-z]{2,3}$',
  '^[A-Za-z0-9._-]+$',
  '^sha256:[0-9a-f]{64}$',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  '^a\\.b?c{0,9}$',
  '^[^/]+\\/x$',
  '^\\d\\w[\\d-]$',
];

const RE2_ONLY: Array<[string, string]> = [
  ['^(a+)+$', 'a group'],
  ['^a*a*$', 'two unbounded quantifiers'],
  ['^[0-9]+\\.[0-9]+$', 'two unbounded quantifiers'],
  ['[a-z]+$', 'not anchored at the start'],
  ['^a|b$', 'alternation'],
  ['^.*$', 'a dot (the engines disagree on line terminators)'],
  ['^\\s+$', '\\s (the engines disagree on Unicode spaces)'],
  ['^\\bword$', 'a word boundary'],
  ['^a{0,40}b{0,40}$', 'more than 1024 bounded choices'],
  ['^a{1001}$', 'a repeat RE2 refuses'],
  ['^a*?$', 'a lazy quantifier'],
  ['^[[:alpha:]]$', 'a nested bracket'],
];

describe('boundedNativePattern', () => {
  it.each(NATIVE)('%s runs natively', (pattern) => {
    expect(boundedNativePattern(pattern)).toBeInstanceOf(RegExp);
  });

  it.each(RE2_ONLY)('%s is left to RE2 (%s)', (pattern) => {
    expect(boundedNativePattern(pattern)).toBeUndefined();
  });

  it('answers as RE2 does for every accepted pattern', () => {
    const texts = ['', 'a', 'a.b', 'a.bc', 'chk_0123456789abcdef', 'chk_0123456789ABCDEF', 'x/x', '/x', 'é/x', '1a-', '1a_', 'ab', 'abc', 'abcd', '0'.repeat(64), `${'0'.repeat(64)}\n`, '01JD4000000000000000000002', '2024-05-14', 'sha256:' + 'f'.repeat(64), 'A.b-9'];
    for (const pattern of NATIVE) {
      const native = boundedNativePattern(pattern)!;
      const re2 = RE2JS.compile(pattern);
      for (const text of texts) expect(native.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(re2.test(text));
    }
  });

  it('linearRegExp still refuses what RE2 cannot run', () => {
    expect(() => linearRegExp('^(?=a)a$')).toThrow();
    expect(linearRegExp('^(a+)+$').test(`${'a'.repeat(40)}b`)).toBe(false);
  });
});
