import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempRepo } from '../helpers/temp-repo';
import { runCli } from '../helpers/run-command';

const GENERATED = [
  'static/plugins/ModuleClassifier/manifest.json',
  'static/plugins/ModuleClassifier/policy_snapshot.json',
  'static/plugins/ModuleClassifier/ledger_contract.json',
  'static/plugins/ModuleClassifier/README_PLUGIN.md',
  'static/plugins/ModuleClassifier/healthcheck.md',
  'docs/plugins/ModuleClassifier.md',
  'docs/plugins/_lifecycle-events-table.md',
];

/** The gate on a real copy of the repo: plugin files are generated, never edited. */
describe('generated plugin files and the gate', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  beforeAll(() => {
    repo = makeTempRepo();
    const gen = runCli('gen', [], repo.root);
    if (gen.status !== 0) throw new Error(gen.output);
  });
  afterAll(() => repo.cleanup());

  it('fails check naming every hand-edited plugin file', () => {
    const originals = GENERATED.map((path) => readFileSync(join(repo.root, path), 'utf8'));
    GENERATED.forEach((path, i) => {
      // A plausible hand edit: one permission widened or one sentence reworded.
      const edited = (originals[i] as string).replace(/"enabled": true/, '"enabled": false').replace('propose_move', 'propose_dedupe');
      writeFileSync(join(repo.root, path), edited === originals[i] ? `${edited}\nEdited by hand.\n` : edited);
    });
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    for (const path of GENERATED) expect(check.output).toContain(`${path} GENERATED_CHANGED`);
    expect(check.output).not.toMatch(/^\s+at /m);

    const gen = runCli('gen', [], repo.root);
    expect(gen.status).toBe(0);
    GENERATED.forEach((path, i) => expect(readFileSync(join(repo.root, path), 'utf8'), path).toBe(originals[i]));
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('fails check when a spec changes without regenerating, and gen updates the manifest hash', () => {
    const spec = join(repo.root, 'registry/plugins/ModuleClassifier/plugin.spec.json');
    const manifest = join(repo.root, 'static/plugins/ModuleClassifier/manifest.json');
    const hashOf = (): string => (JSON.parse(readFileSync(manifest, 'utf8')) as { spec: { sha256: string } }).spec.sha256;
    const before = hashOf();
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('"version": "1.2.0"', '"version": "1.2.1"'));
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain('static/plugins/ModuleClassifier/manifest.json GENERATED_CHANGED');
    expect(runCli('gen', [], repo.root).status).toBe(0);
    expect(hashOf()).not.toBe(before);
    expect(runCli('check', [], repo.root).status).toBe(0);
  });

  it('fails check on a stray file in a plugin folder', () => {
    const stray = 'static/plugins/ModuleClassifier/notes.md';
    writeFileSync(join(repo.root, stray), '# Notes\n');
    const check = runCli('check', [], repo.root);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${stray} GENERATED_ORPHAN`);
    expect(runCli('gen', [], repo.root).stdout).toContain(`removed ${stray}`);
  });
});
