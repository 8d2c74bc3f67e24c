import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RUN_RULES } from '../../generators/verify/rules';

const ROOT = join(__dirname, '..', '..');
const PAGE = readFileSync(join(ROOT, 'docs', 'verifying-a-run.md'), 'utf8');

/** Every code a verify command can report, read from the code that reports it. */
function codesIn(dir: string): Set<string> {
  const codes = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/'((?:VERIFY|RECONCILE)_[A-Z0-9_]+)'/g)) codes.add(m[1] as string);
  }
  return codes;
}

describe('the Verifying a run page', () => {
  it('names every rule and every code verify can report', () => {
    const codes = new Set([...codesIn(join(ROOT, 'generators', 'verify')), ...codesIn(join(ROOT, 'generators', 'sync'))]);
    expect(codes.size).toBeGreaterThan(30);
    const missing = [...codes].filter((code) => !PAGE.includes(`\`${code}\``));
    expect(missing).toEqual([]);
    const rules = ALL_RUN_RULES.map((r) => r.name).filter((name) => !PAGE.includes(`| \`${name}\` |`));
    expect(rules).toEqual([]);
  });

  it('names no code that verify does not report', () => {
    const codes = new Set([...codesIn(join(ROOT, 'generators', 'verify')), ...codesIn(join(ROOT, 'generators', 'sync'))]);
    const stale = [...PAGE.matchAll(/`((?:VERIFY|RECONCILE)_[A-Z0-9_]+)`/g)].map((m) => m[1] as string).filter((code) => !codes.has(code));
    expect(stale).toEqual([]);
  });
});
