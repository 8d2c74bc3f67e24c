import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../generators/validate/rules';
import { caseNames, FAILING_DIR, failingCaseOutput } from './helpers/fixture-cases';

const cases = caseNames(FAILING_DIR);
const expectedOf = (name: string): string => readFileSync(join(FAILING_DIR, name, 'expected.txt'), 'utf8');

/** Codes raised outside the rule table (loader, meta-schema and contract checks). */
const PHASE_CODES = [
  'SOURCE_JSON_SYNTAX',
  'SOURCE_SCHEMA_VIOLATION',
  'SOURCE_UNEXPECTED_FILE',
  'SOURCE_MISSING',
  'CONTRACT_EXAMPLE_INVALID',
  'CONTRACT_SCHEMA_INVALID',
  'ADR_FRONT_MATTER_SYNTAX',
  'ADR_FRONT_MATTER_MISSING',
  'ADR_FRONT_MATTER_INVALID',
  'PAGE_FRONT_MATTER_SYNTAX',
  'PAGE_FRONT_MATTER_INVALID',
];

describe('failing fixtures: bad sources → the expected diagnostics', () => {
  it.each(cases)('%s', async (name) => {
    expect(await failingCaseOutput(name)).toBe(expectedOf(name));
  });

  it('every diagnostic code has a fixture proving it fires', () => {
    const fired = new Set(cases.flatMap((name) => [...expectedOf(name).matchAll(/ ([A-Z][A-Z0-9_]+): /g)].map((m) => m[1])));
    const codes = [...new Set([...PHASE_CODES, ...RULES.flatMap((r) => r.codes)])].sort();
    expect(codes.filter((code) => !fired.has(code))).toEqual([]);
  });

  it('every rule is listed once under a unique name', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
