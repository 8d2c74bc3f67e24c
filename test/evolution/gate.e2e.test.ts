import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

/** The contract evolution gate on a copy of the repo. */
describe('a bundled contract changed in place', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  const file = 'schemas/contracts/event.v1.schema.json';
  let original: string;
  const edit = (change: (schema: Record<string, any>) => void): void => {
    const schema = JSON.parse(original) as Record<string, any>;
    change(schema);
    writeFileSync(join(repo.root, file), JSON.stringify(schema, null, 2) + '\n');
  };

  beforeAll(() => {
    repo = makeTempRepo();
    original = readFileSync(join(repo.root, file), 'utf8');
  });
  afterAll(() => repo.cleanup());

  it('passes after a description- and example-only edit', () => {
    edit((s) => {
      s['description'] = `${String(s['description'])} Reworded.`;
      s['properties']['text']['description'] = 'Reworded description.';
      s['examples'] = [s['examples'][0]];
    });
    const gen = runCli('gen', [], repo.root);
    expect(gen.output).not.toContain('CONTRACT_CHANGED_WITHOUT_BUMP');
    expect(gen.status).toBe(0);
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('fails check and build naming the contract and listing a required, type and enum change', () => {
    edit((s) => {
      s['required'] = (s['required'] as string[]).filter((r) => r !== 'source_ref');
      s['properties']['tokens']['type'] = 'number';
      // Drop an enum value no example uses, so the examples stay valid.
      const used = new Set((s['examples'] as Array<Record<string, unknown>>).map((e) => e['source']));
      s['properties']['source']['enum'] = (s['properties']['source']['enum'] as string[]).filter((v, i, all) => used.has(v) || i !== all.findIndex((x) => !used.has(x)));
    });
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain('1 problem found');
    expect(check.output).toContain(`${file} (line 1:1) CONTRACT_CHANGED_WITHOUT_BUMP: event.v1 is published`);
    expect(check.output).toContain('- source_ref: source_ref is no longer required (breaking for readers)');
    expect(check.output).toContain('- tokens: type integer → number (breaking for readers)');
    expect(check.output).toMatch(/- source: value "[a-z_]+" removed \(breaking for writers\)/);
    expect(check.output).toContain('npm run new -- adr');
    const build = runDocusaurusBuild(repo.root, 'build-evolution');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('CONTRACT_CHANGED_WITHOUT_BUMP: event.v1 is published');
    expect(build.output).toContain('- tokens: type integer → number');
  });

  it('gen refuses to re-lock silently; relock does it loudly and the lock diff shows', () => {
    const lockBefore = readFileSync(join(repo.root, 'schemas/contracts.lock.json'), 'utf8');
    expect(runCli('gen', [], repo.root).status).toBe(1);
    expect(readFileSync(join(repo.root, 'schemas/contracts.lock.json'), 'utf8')).toBe(lockBefore);
    const relock = runCli('relock', ['event.v1'], repo.root);
    expect(relock.status, relock.output).toBe(0);
    expect(relock.stderr).toContain('RE-LOCKING event.v1');
    expect(relock.stdout).toContain('wrote   schemas/contracts.lock.json');
    expect(readFileSync(join(repo.root, 'schemas/contracts.lock.json'), 'utf8')).not.toBe(lockBefore);
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('relock refuses an id that is not locked, writing nothing', () => {
    const relock = runCli('relock', ['event.v9'], repo.root);
    expect(relock.status).toBe(1);
    expect(relock.output).toContain('RELOCK_NOT_LOCKED: event.v9 is not locked');
  });
});
