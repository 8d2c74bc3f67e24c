import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../generators/emit/drift';
import { makeTempRepo } from '../helpers/temp-repo';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';

const EVENTS = ['FileDetected', 'PreMerge', 'MergeConflict', 'PostMerge', 'QuarantineCreated', 'RollbackTriggered'];

/** Every file under the folders a scaffold could touch, with its content. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['registry', 'docs', 'static/plugins', 'src/types']) {
    for (const path of listFiles(root, dir)) out[path] = readFileSync(join(root, path), 'utf8');
  }
  return out;
}

/** `npm run new -- plugin …` in a real copy of the repo, then the gate on the result. */
describe('npm run new -- plugin', () => {
  let repo: ReturnType<typeof makeTempRepo>;
  beforeAll(() => {
    repo = makeTempRepo();
    // A clean starting point: the copy's generated files match its sources.
    const gen = runCli('gen', [], repo.root);
    if (gen.status !== 0) throw new Error(gen.output);
  });
  afterAll(() => repo.cleanup());

  it('writes a valid spec, regenerates, and says what it created and what to fill in', () => {
    const r = runCli('new', ['plugin', 'SyncAuditor', '--event', 'PostMerge'], repo.root);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('created registry/plugins/SyncAuditor/plugin.spec.json');
    for (const file of ['manifest.json', 'policy_snapshot.json', 'ledger_contract.json', 'README_PLUGIN.md', 'healthcheck.md']) {
      expect(r.stdout).toContain(`  static/plugins/SyncAuditor/${file}`);
      expect(existsSync(join(repo.root, 'static/plugins/SyncAuditor', file)), file).toBe(true);
    }
    expect(r.stdout).toContain('  docs/plugins/SyncAuditor.md');
    expect(r.stdout).toMatch(/Next, fill in registry\/plugins\/SyncAuditor\/plugin\.spec\.json:\n {2}1\. description/);
    expect(r.stdout).toContain("from PostMerge's run_linter, write_health_metric, propose_rollback");

    const spec = JSON.parse(readFileSync(join(repo.root, 'registry/plugins/SyncAuditor/plugin.spec.json'), 'utf8')) as Record<string, any>;
    const pack = JSON.parse(readFileSync(join(repo.root, 'registry/policy-pack.json'), 'utf8')) as Record<string, any>;
    const event = pack['lifecycleEvents'].find((e: { name: string }) => e.name === 'PostMerge');
    expect(spec['plugin_id']).toMatch(/^sync-auditor-[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(spec['policy_pack_version']).toBe(pack['version']);
    expect(spec['ledger_required_fields']).toEqual([...pack['minimumLedgerFields'], ...event.requiredLedgerFields]);
    expect(spec['allowed_actions']).toEqual([]);
    expect(spec['enabled']).toBe(false);
    expect(spec['$schema']).toBe('../../../schemas/meta/plugin-spec.schema.json');

    const check = runCli('check', [], repo.root);
    expect(check.status, check.output).toBe(0);
  });

  it('gives every scaffold a fresh id', () => {
    expect(runCli('new', ['plugin', 'SyncAuditorTwo', '--event', 'PostMerge'], repo.root).status).toBe(0);
    const id = (name: string): string =>
      (JSON.parse(readFileSync(join(repo.root, `registry/plugins/${name}/plugin.spec.json`), 'utf8')) as { plugin_id: string }).plugin_id;
    expect(id('SyncAuditorTwo').slice(-26)).not.toBe(id('SyncAuditor').slice(-26));
  });

  it.each([
    ['an existing name', ['SyncAuditor', '--event', 'PreMerge'], 'a plugin named "SyncAuditor" already exists'],
    ['an existing name in another case', ['Syncauditor', '--event', 'PreMerge'], 'a plugin named "SyncAuditor" already exists'],
    ['an unknown event', ['FileJanitor', '--event', 'FileDeleted'], '"FileDeleted" is not a lifecycle event'],
    ['an invalid name', ['file-janitor', '--event', 'FileDetected'], '"file-janitor" is not a valid plugin name'],
    ['a name that would be a path', ['../Escape', '--event', 'FileDetected'], '"../Escape" is not a valid plugin name'],
    ['no event', ['FileJanitor'], '--event is required'],
  ])('refuses %s, lists the known events, and writes nothing', (_what, args, message) => {
    const before = snapshot(repo.root);
    const r = runCli('new', ['plugin', ...args], repo.root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(`known events: ${EVENTS.join(', ')}`);
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(snapshot(repo.root)).toEqual(before);
  });

  it('removes the spec it wrote when gen fails, leaving nothing behind', () => {
    const other = join(repo.root, 'registry/plugins/DedupeKeeper/plugin.spec.json');
    const original = readFileSync(other, 'utf8');
    writeFileSync(other, original.replace(/"policy_pack_version": "[^"]+"/, '"policy_pack_version": "2020-01-01.v1"'));
    try {
      const before = snapshot(repo.root);
      const r = runCli('new', ['plugin', 'FileJanitor', '--event', 'FileDetected'], repo.root);
      expect(r.status).toBe(1);
      expect(r.output).toContain('created registry/plugins/FileJanitor/plugin.spec.json');
      expect(r.output).toContain('registry/plugins/DedupeKeeper/plugin.spec.json#/policy_pack_version');
      expect(r.output).toContain('PLUGIN_POLICY_VERSION_MISMATCH');
      expect(r.stderr).toContain('the new spec was removed again');
      expect(existsSync(join(repo.root, 'registry/plugins/FileJanitor'))).toBe(false);
      expect(snapshot(repo.root)).toEqual(before);
    } finally {
      writeFileSync(other, original);
    }
  });

  it('leaves a repository that docusaurus builds, serving the new plugin files', () => {
    const build = runDocusaurusBuild(repo.root);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(existsSync(join(repo.root, 'build/plugins/SyncAuditor/index.html'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(repo.root, 'build/plugins/SyncAuditor/manifest.json'), 'utf8')) as { plugin_name: string };
    expect(manifest.plugin_name).toBe('SyncAuditor');
    const page = readFileSync(join(repo.root, 'build/plugins/SyncAuditor/index.html'), 'utf8');
    expect(page).toMatch(/href="?\/plugins\/SyncAuditor\/ledger_contract\.json/);
    const contract = readFileSync(join(repo.root, 'build/operating-contract/index.html'), 'utf8');
    expect(contract).toContain('RollbackTriggered');
  });
});
