import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PluginSpec, PolicyPack } from '../../src/types/sources';
import { createAjv } from '../../generators/validate/create-ajv';
import { pluginSuite, type PluginSuite } from '../../generators/model/plugin-view';
import { canonicalJson } from '../../generators/util/canonical-json';
import { sha256 } from '../../generators/util/hash';
import { PLUGIN_FILES } from '../../generators/render/plugins/plugin-paths';
import { bundledSources } from '../helpers/fixture-reader';
import { pageWithTables } from '../helpers/page-with-tables';
import { editedSpec, PACK, readJson, render, sourcesWith, specPath } from './helpers';

const json = (planned: ReadonlyMap<string, string>, path: string): Record<string, any> => {
  const text = planned.get(path);
  if (text === undefined) throw new Error(`${path} is not planned`);
  return JSON.parse(text) as Record<string, any>;
};
const staticFile = (name: string, file: string): string => `static/plugins/${name}/${file}`;

describe('the bundled plugins', () => {
  let planned: ReadonlyMap<string, string>;
  let suite: PluginSuite;
  const sources = bundledSources();
  const specs = Object.entries(sources)
    .filter(([path]) => /^registry\/plugins\/[^/]+\/plugin\.spec\.json$/.test(path))
    .map(([, text]) => JSON.parse(text) as PluginSpec);
  const pack = readJson<PolicyPack>(sources, PACK);

  beforeAll(async () => {
    const rendered = await render(sources);
    planned = rendered.planned;
    const s = pluginSuite(rendered.catalog);
    if (s === undefined) throw new Error('no policy pack');
    suite = s;
  });

  it('are at least four, across at least four events, with one disabled', () => {
    expect(specs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(specs.map((s) => s.lifecycle_event)).size).toBeGreaterThanOrEqual(4);
    expect(specs.some((s) => !s.enabled)).toBe(true);
  });

  it('each have exactly their five generated files and a catalog page', () => {
    for (const spec of specs) {
      const name = spec.plugin_name;
      const files = [...planned.keys()].filter((p) => p.startsWith(`static/plugins/${name}/`)).sort();
      expect(files, name).toEqual(Object.values(PLUGIN_FILES).map((f) => staticFile(name, f)).sort());
      expect(planned.has(`docs/plugins/${name}.md`), name).toBe(true);
    }
    // Folders only: the Markdown copies of the plugin pages lie beside them.
    const pluginFolders = new Set([...planned.keys()].filter((p) => p.startsWith('static/plugins/') && p.split('/').length > 3).map((p) => p.split('/')[2]));
    expect([...pluginFolders].sort()).toEqual(specs.map((s) => s.plugin_name).sort());
  });

  it('have manifests that agree with their specs, including the canonical spec hash', () => {
    for (const spec of specs) {
      const m = json(planned, staticFile(spec.plugin_name, PLUGIN_FILES.manifest));
      const event = pack.lifecycleEvents.find((e) => e.name === spec.lifecycle_event);
      expect(m['plugin_id']).toBe(spec.plugin_id);
      expect(m['plugin_name']).toBe(spec.plugin_name);
      expect(m['version']).toBe(spec.version);
      expect(m['lifecycle_event']).toBe(spec.lifecycle_event);
      expect(m['enabled']).toBe(spec.enabled);
      expect(m['policy_pack_version']).toBe(pack.version);
      expect(m['outputs']).toEqual(spec.outputs);
      expect(m['inputs']).toEqual(spec.inputs.map((n) => event?.inputs.find((i) => i.name === n)));
      expect(m['spec']).toEqual({ path: specPath(spec.plugin_name), sha256: sha256(canonicalJson(spec)) });
    }
  });

  it('have policy snapshots with their claims, everything forbidden, and the pack version and hash', () => {
    for (const spec of specs) {
      const s = json(planned, staticFile(spec.plugin_name, PLUGIN_FILES.policySnapshot));
      expect(s['allowed_actions']).toEqual([...spec.allowed_actions].sort());
      expect(s['forbidden_actions'].all).toEqual([...new Set([...spec.forbidden_actions, ...pack.forbiddenEverywhere])].sort());
      expect(s['policy_pack']).toEqual({ version: pack.version, sha256: sha256(canonicalJson(pack)) });
      expect(s['spec_sha256']).toBe(sha256(canonicalJson(spec)));
      expect(s['ledger_required_fields']).toEqual([...spec.ledger_required_fields].sort());
      for (const action of s['allowed_actions'] as string[]) expect(s['forbidden_actions'].all).not.toContain(action);
    }
  });

  it('have ledger contracts that compile as strict draft 2020-12 and type every required field', () => {
    for (const spec of specs) {
      const contract = json(planned, staticFile(spec.plugin_name, PLUGIN_FILES.ledgerContract));
      expect(contract['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      const required = contract['required'] as string[];
      expect(new Set(required)).toEqual(new Set(spec.ledger_required_fields));
      for (const field of [...pack.minimumLedgerFields]) expect(required).toContain(field);
      for (const field of required) expect(contract['properties'][field]?.type, `${spec.plugin_name}.${field}`).toBeDefined();
      expect(() => createAjv().compile(contract)).not.toThrow();
    }
  });

  it('have a ledger contract that accepts a real entry and rejects a wrong or incomplete one', () => {
    const contract = json(planned, staticFile('PreMergeFormatter', PLUGIN_FILES.ledgerContract));
    const validate = createAjv().compile(contract);
    const entry = {
      plugin_id: 'pre-merge-formatter-01M7Y40K5CKTBTKHFH744W8JC6',
      plugin_version: '2.0.0',
      policy_pack_version: pack.version,
      run_id: '01M7Y40K5DC9Y978KZ555JFXA9',
      lifecycle_event: 'PreMerge',
      timestamp_utc: '2026-11-02T08:15:00Z',
      result_status: 'proposed',
      actions_requested: ['prepare_rollback_snapshot', 'propose_format'],
      branch: 'feature/prompt-v3',
      head_sha: '8b2f1d3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d',
      rollback_point: 'rollback/summarizer/2026-11-02T08-15-00Z',
    };
    expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
    const { run_id: _dropped, ...incomplete } = entry;
    expect(validate(incomplete)).toBe(false);
    expect(validate({ ...entry, plugin_id: 'module-classifier-01M7Y40K5BQMVW2ZHD5S8QACFS' })).toBe(false);
    expect(validate({ ...entry, lifecycle_event: 'PostMerge' })).toBe(false);
    expect(validate({ ...entry, result_status: 'maybe' })).toBe(false);
    expect(validate({ ...entry, timestamp_utc: 'yesterday' })).toBe(false);
  });

  it('have README and healthcheck files with the notice first and every section', () => {
    for (const spec of specs) {
      const readme = planned.get(staticFile(spec.plugin_name, PLUGIN_FILES.readme)) ?? '';
      const health = planned.get(staticFile(spec.plugin_name, PLUGIN_FILES.healthcheck)) ?? '';
      for (const text of [readme, health]) expect(text).toMatch(/^<!-- Generated by generators\/render\/plugins\/[^ ]+ from registry\/plugins\//);
      for (const section of ['When it runs', 'What it solves', 'Inputs', 'Outputs', 'What it may do', 'What it may never do', 'Ledger', 'Rollback', 'What can go wrong']) {
        expect(readme, `${spec.plugin_name}: ${section}`).toContain(`\n## ${section}\n`);
      }
      for (const mode of spec.failure_modes ?? []) expect(readme).toContain(mode);
      expect(health).toContain('\n## Self-test\n');
      expect(health).toContain('\n## Signs that it is failing silently\n');
      expect(health).toContain(sha256(canonicalJson(spec)));
      expect(health).toContain(canonicalJson(spec.healthcheck.fixture).trimEnd().split('\n').join('\n   '));
    }
  });

  it('mark a disabled plugin as disabled in every file and listing', () => {
    const disabled = specs.filter((s) => !s.enabled);
    expect(disabled.length).toBeGreaterThan(0);
    for (const { plugin_name: name } of disabled) {
      expect(planned.get(staticFile(name, PLUGIN_FILES.readme))).toContain('**Disabled.**');
      expect(planned.get(staticFile(name, PLUGIN_FILES.healthcheck))).toContain('**Disabled.**');
      expect(json(planned, staticFile(name, PLUGIN_FILES.manifest))['enabled']).toBe(false);
      expect(planned.get(`docs/plugins/${name}.md`)).toContain(`sidebar_label: ${name} (disabled)`);
      expect(pageWithTables(planned, 'docs/plugins/index.md')).toMatch(new RegExp(`\\[${name}\\]\\(/plugins/${name}\\) *\\| disabled `));
    }
    for (const { plugin_name: name } of specs.filter((s) => s.enabled)) {
      expect(pageWithTables(planned, 'docs/plugins/index.md')).toMatch(new RegExp(`\\[${name}\\]\\(/plugins/${name}\\) *\\| enabled `));
    }
  });

  it('link each page to the five files through pathname:// URLs that the site serves', () => {
    for (const spec of specs) {
      const page = planned.get(`docs/plugins/${spec.plugin_name}.md`) ?? '';
      const targets = [...page.matchAll(/\]\(pathname:\/\/(\/[^)]+)\)/g)].map((m) => m[1] as string);
      expect(targets.sort()).toEqual(Object.values(PLUGIN_FILES).map((f) => `/plugins/${spec.plugin_name}/${f}`).sort());
      for (const target of targets) expect(planned.has(`static${target}`), target).toBe(true);
    }
  });

  it('list every plugin under its event on the index, in policy pack order, and every event on the lifecycle page', () => {
    const index = pageWithTables(planned, 'docs/plugins/index.md');
    const events = [...index.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    expect(events).toEqual(pack.lifecycleEvents.map((e) => e.name));
    for (const p of suite.plugins) {
      const section = index.split(`\n## ${p.event.name}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, p.name).toContain(`[${p.name}](/plugins/${p.name})`);
    }
    const unbound = pack.lifecycleEvents.filter((e) => !specs.some((s) => s.lifecycle_event === e.name));
    for (const e of unbound) expect(index.split(`\n## ${e.name}\n`)[1]?.split('\n## ')[0]).toContain('No plugin is bound to this event yet.');
    const lifecycle = planned.get('docs/plugins/lifecycle-events.md') ?? '';
    for (const e of pack.lifecycleEvents) {
      expect(lifecycle).toContain(`\n## ${e.name}\n`);
      expect(lifecycle).toContain(e.rollback);
    }
  });

  it('embed the same lifecycle events table in the partial and the lifecycle page', () => {
    expect(planned.get('docs/plugins/_lifecycle-events-table.md')?.startsWith('{/* Generated by')).toBe(true);
    const partial = pageWithTables(planned, 'docs/plugins/_lifecycle-events-table.md');
    const start = partial.indexOf('\n| Event');
    expect(start).toBeGreaterThan(0);
    const table = partial.slice(start).trim();
    expect(table.split('\n')).toHaveLength(pack.lifecycleEvents.length + 2);
    expect(pageWithTables(planned, 'docs/plugins/lifecycle-events.md')).toContain(table);
  });

  it('render pages that parse as MDX and anchors that exist', () => {
    const docs = [...planned].filter(([path]) => path.startsWith('docs/plugins/') && path.endsWith('.md'));
    for (const [path, text] of docs) {
      expect(() => remark().use(remarkMdx).use(remarkGfm).parse(text), path).not.toThrow();
    }
    const lifecycle = planned.get('docs/plugins/lifecycle-events.md') ?? '';
    const headings = new Set([...lifecycle.matchAll(/^## (\S+)$/gm)].map((m) => (m[1] as string).toLowerCase()));
    for (const [path, text] of docs) {
      for (const m of text.matchAll(/\]\(\.\/lifecycle-events\.md#([a-z0-9-]+)\)/g)) expect(headings.has(m[1] as string), `${path} → #${m[1]}`).toBe(true);
    }
  });
});

describe('hashes', () => {
  const hashIn = async (files: Record<string, string>, file: string): Promise<{ spec: string; pack: string }> => {
    const { planned } = await render(files);
    const snapshot = json(planned, staticFile('DedupeKeeper', file));
    return file === PLUGIN_FILES.manifest ? { spec: snapshot['spec'].sha256, pack: '' } : { spec: snapshot['spec_sha256'], pack: snapshot['policy_pack'].sha256 };
  };

  it('a formatting-only edit of the spec leaves the manifest unchanged', async () => {
    const original = bundledSources();
    const spec = readJson(original, specPath('DedupeKeeper'));
    const reordered = Object.fromEntries(Object.entries(spec).reverse());
    const reformatted = sourcesWith({ [specPath('DedupeKeeper')]: JSON.stringify(reordered, null, 4) });
    const before = (await render(original)).planned;
    const after = (await render(reformatted)).planned;
    expect(after.get(staticFile('DedupeKeeper', PLUGIN_FILES.manifest))).toBe(before.get(staticFile('DedupeKeeper', PLUGIN_FILES.manifest)));
  });

  it('a change of any value in the spec changes the spec hash', async () => {
    const before = await hashIn(bundledSources(), PLUGIN_FILES.manifest);
    for (const edit of [
      (s: Record<string, any>) => (s['version'] = '1.0.4'),
      (s: Record<string, any>) => (s['owner'] = 'another-team'),
      (s: Record<string, any>) => (s['healthcheck'].fixture.size_bytes = 1),
    ]) {
      const after = await hashIn(sourcesWith({ [specPath('DedupeKeeper')]: editedSpec('DedupeKeeper', edit) }), PLUGIN_FILES.manifest);
      expect(after.spec).not.toBe(before.spec);
    }
  });

  it('a change of the policy pack changes the pack hash in every snapshot', async () => {
    const before = await hashIn(bundledSources(), PLUGIN_FILES.policySnapshot);
    const pack = readJson<Record<string, any>>(bundledSources(), PACK);
    pack['lifecycleEvents'][5].trigger = 'An operator starts a rollback.';
    const after = await hashIn(sourcesWith({ [PACK]: pack }), PLUGIN_FILES.policySnapshot);
    expect(after.pack).not.toBe(before.pack);
    expect(after.spec).toBe(before.spec);
  });
});
