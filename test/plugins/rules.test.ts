import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLUGIN_NAME } from '../../generators/model/plugin-policy';
import { pluginSlug } from '../../generators/model/plugin-slug';
import { pluginRules } from '../../generators/validate/rules/plugins';
import { hasFieldType } from '../../generators/validate/rules/plugins/field-type';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { diagnosticsOf, editedSpec, PACK, readJson, sourcesWith, specPath } from './helpers';

const codesOf = async (changes: Record<string, unknown>): Promise<string[]> =>
  (await diagnosticsOf(sourcesWith(changes))).map((d) => `${d.file}#${d.pointer} ${d.code}`);

describe('plugin rules', () => {
  it('accept the bundled plugins', async () => {
    expect(await codesOf({})).toEqual([]);
  });

  it.each<[string, (s: Record<string, any>) => void, string[]]>([
    [
      'every input the event does not deliver',
      (s) => s['inputs'].push('branch', 'head_sha'),
      ['#/inputs/4 PLUGIN_INPUT_UNKNOWN', '#/inputs/5 PLUGIN_INPUT_UNKNOWN'],
    ],
    [
      'actions beyond the event, forbidden everywhere and forbidden by the plugin itself',
      (s) => s['allowed_actions'].push('run_linter', 'rewrite_ledger', 'propose_move'),
      ['#/allowed_actions/2 PLUGIN_ACTION_NOT_ALLOWED', '#/allowed_actions/3 PLUGIN_ACTION_FORBIDDEN', '#/allowed_actions/4 PLUGIN_ACTION_FORBIDDEN'],
    ],
    [
      'each missing ledger field, from the minimum and from the event',
      (s) => (s['ledger_required_fields'] = s['ledger_required_fields'].filter((f: string) => f !== 'timestamp_utc' && f !== 'file_sha256')),
      ['#/ledger_required_fields PLUGIN_LEDGER_FIELD_MISSING', '#/ledger_required_fields PLUGIN_LEDGER_FIELD_MISSING'],
    ],
    ['an untyped ledger field', (s) => s['ledger_required_fields'].push('operator'), ['#/ledger_required_fields/11 PLUGIN_LEDGER_FIELD_UNTYPED']],
    ['a stale policy pack version', (s) => (s['policy_pack_version'] = '2026-10-01.v1'), ['#/policy_pack_version PLUGIN_POLICY_VERSION_MISMATCH']],
    ['an unknown event, and nothing that depends on it', (s) => (s['lifecycle_event'] = 'FileRemoved'), ['#/lifecycle_event PLUGIN_UNKNOWN_EVENT']],
    [
      'a healthcheck asking for an action the plugin may not request',
      (s) => s['healthcheck'].expect.actions_requested.push('propose_move'),
      ['#/healthcheck/expect/actions_requested/1 PLUGIN_HEALTHCHECK_MISMATCH'],
    ],
    ['a folder that differs from the name', (s) => (s['plugin_name'] = 'DedupeKeeper2'), ['#/plugin_name PLUGIN_FOLDER_MISMATCH']],
    ['an unknown field', (s) => (s['priority'] = 1), ['#/priority SOURCE_SCHEMA_VIOLATION']],
  ])('report %s', async (_what, edit, want) => {
    const got = await codesOf({ [specPath('DedupeKeeper')]: editedSpec('DedupeKeeper', edit) });
    expect(got).toEqual(want.map((w) => specPath('DedupeKeeper') + w));
  });

  it('hold a disabled plugin to the same rules', async () => {
    const spec = editedSpec('QuarantineReleaser', (s) => {
      expect(s['enabled']).toBe(false);
      s['allowed_actions'].push('commit_to_main');
    });
    expect(await codesOf({ [specPath('QuarantineReleaser')]: spec })).toEqual([
      `${specPath('QuarantineReleaser')}#/allowed_actions/1 PLUGIN_ACTION_FORBIDDEN`,
    ]);
  });

  it('refuse every plugin when the policy pack is missing, once', async () => {
    expect(await codesOf({ [PACK]: undefined })).toEqual([`${PACK}# PLUGIN_POLICY_PACK_MISSING`]);
  });

  it('need no policy pack when there are no plugins', async () => {
    const files = sourcesWith({ [PACK]: undefined });
    for (const path of Object.keys(files)) if (path.startsWith('registry/plugins/')) delete files[path];
    expect((await diagnosticsOf(files)).map((d) => d.code)).toEqual([]);
  });

  it('report a pack bump on every spec written under the old version', async () => {
    const pack = readJson<Record<string, any>>(sourcesWith(), PACK);
    pack['version'] = '2026-12-01.v1';
    const got = await codesOf({ [PACK]: pack });
    const specs = Object.keys(sourcesWith()).filter((p) => p.endsWith('/plugin.spec.json'));
    expect(got).toEqual(specs.sort().map((p) => `${p}#/policy_pack_version PLUGIN_POLICY_VERSION_MISMATCH`));
  });

  it('list their codes once each, all prefixed PLUGIN_ or POLICY_', () => {
    const codes = pluginRules.flatMap((r) => r.codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(PLUGIN|POLICY)_[A-Z_]+$/);
  });
});

describe('plugin helpers', () => {
  it('use the name pattern of the meta-schema', () => {
    const meta = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/plugin-spec.schema.json'), 'utf8')) as { properties: { plugin_name: { pattern: string } } };
    expect(PLUGIN_NAME.source).toBe(meta.properties.plugin_name.pattern);
  });

  it.each([
    ['ModuleClassifier', 'module-classifier'],
    ['ConflictResolverStrategyA', 'conflict-resolver-strategy-a'],
    ['HTTPFetcher', 'http-fetcher'],
    ['Sync2Audit', 'sync2-audit'],
    ['A', 'a'],
  ])('slug %s as %s', (name, slug) => {
    expect(pluginSlug(name)).toBe(slug);
  });

  it.each<[unknown, string, boolean]>([
    ['x', 'string', true],
    [1, 'string', false],
    [3, 'integer', true],
    [3.5, 'integer', false],
    [3.5, 'number', true],
    [Number.NaN, 'number', false],
    [false, 'boolean', true],
    [{}, 'object', true],
    [[], 'object', false],
    [null, 'object', false],
    [[1], 'array', true],
    [['a', 'b'], 'string[]', true],
    [['a', 1], 'string[]', false],
  ])('type %j as %s: %s', (value, type, want) => {
    expect(hasFieldType(value, type)).toBe(want);
  });
});
