import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseNames, GOLDEN_DIR, renderGoldenCase } from './helpers/fixture-cases';
import { readTree } from './helpers/fixture-reader';

const cases = caseNames(GOLDEN_DIR);

describe('golden fixtures: sources → expected generated tree', () => {
  it('has at least one case', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s renders exactly its expected tree', async (name) => {
    const expected = readTree(join(GOLDEN_DIR, name, 'expected'));
    const actual = await renderGoldenCase(name);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, content] of Object.entries(expected)) {
      expect(actual[path], path).toBe(content);
    }
  });

  // Each render is its own pipeline run with its own memo: the second cannot be answered from the first.
  it.each(cases)('%s renders byte-identical output twice', async (name) => {
    expect(await renderGoldenCase(name)).toEqual(await renderGoldenCase(name));
  });
});
