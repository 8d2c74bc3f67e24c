import { describe, expect, it } from 'vitest';
import { registryRules } from '../../generators/validate/rules/registry';
import { addMember, bundledWith, contract, diagnosticsOf, type Files, manifest, newMember, registry, where } from './sources';

type Json = Record<string, unknown>;
const deps = (doc: Json): Json[] => doc['dependsOn'] as Json[];
const inputs = (doc: Json): string[] => doc['inputs'] as string[];
const outputs = (doc: Json): Json[] => doc['outputs'] as Json[];
const remove = (path: string) => (files: Files): Files => {
  const { [path]: _removed, ...rest } = files;
  return rest;
};

/** [case, edits over the bundled example, the diagnostics wanted as `CODE file#pointer`]. */
const cases: Array<[string, Array<(f: Files) => Files>, string[]]> = [
  ['the bundled example is healthy', [], []],
  [
    'an admitted member without a manifest',
    [remove('registry/projects/kb_chunks.json')],
    ['REGISTRY_MANIFEST_MISSING registry/registry.json#/members/kb_chunks'],
  ],
  ['a draft member needs no manifest', [addMember('kb_search', undefined, { draft: true })], []],
  ['a manifest of no member', [(f) => ({ ...f, 'registry/projects/ghost.json': JSON.stringify(newMember('ghost')) })], ['REGISTRY_MANIFEST_UNLISTED registry/projects/ghost.json#/name']],
  ['a member named index would take the registry page', [addMember('index', undefined, { draft: true })], ['REGISTRY_MEMBER_NAME_RESERVED registry/registry.json#/members/index']],
  [
    'an edge to an unknown member',
    [manifest('kb_digests', (d) => void deps(d).push({ to: 'gpt_evntbus', kind: 'runtime' }))],
    ['REGISTRY_UNKNOWN_MEMBER registry/projects/kb_digests.json#/dependsOn/2/to'],
  ],
  [
    'an edge to a draft',
    [addMember('kb_search', undefined, { draft: true }), manifest('kb_digests', (d) => void deps(d).push({ to: 'kb_search', kind: 'runtime' }))],
    ['REGISTRY_DEPENDS_ON_DRAFT registry/projects/kb_digests.json#/dependsOn/2/to'],
  ],
  [
    'a cycle of three, reported once on its first edge',
    [
      addMember('ingest_tool', newMember('ingest_tool', { layer: 'ingest', dependsOn: [{ to: 'gpt_eventbus', kind: 'runtime' }] })),
      manifest('gpt_eventbus', (d) => void deps(d).push({ to: 'kb_chunks', kind: 'runtime' })),
      manifest('kb_chunks', (d) => void deps(d).push({ to: 'ingest_tool', kind: 'runtime' })),
    ],
    ['REGISTRY_DEPENDENCY_CYCLE registry/projects/gpt_eventbus.json#/dependsOn/0'],
  ],
  ['a member depending on itself', [manifest('kb_chunks', (d) => void deps(d).push({ to: 'kb_chunks', kind: 'runtime' }))], ['REGISTRY_DEPENDENCY_CYCLE registry/projects/kb_chunks.json#/dependsOn/0']],
  [
    'an edge to a later layer',
    [manifest('kb_chunks', (d) => void deps(d).push({ to: 'kb_digests', kind: 'runtime' }))],
    ['REGISTRY_LAYER_ORDER registry/projects/kb_chunks.json#/dependsOn/0'],
  ],
  ['an edge within one layer is fine', [manifest('kb_chunks', (d) => void deps(d).push({ to: 'gpt_eventbus', kind: 'build' }))], []],
  ['a TODO left in an admitted manifest', [manifest('kb_chunks', (d) => void (d['summary'] = 'TODO: one sentence on what kb_chunks does.'))], ['REGISTRY_TODO_PLACEHOLDER registry/projects/kb_chunks.json#/summary']],
  ['a bus member without a layer', [manifest('summarizer', (d) => void delete d['layer'])], ['REGISTRY_LAYER_MISSING registry/projects/summarizer.json']],
  [
    'edges between orthogonal members are fine',
    [
      addMember('scheduler', newMember('scheduler', { layer: undefined, orthogonal: true })),
      addMember('backup', newMember('backup', { layer: undefined, orthogonal: true, dependsOn: [{ to: 'scheduler', kind: 'runtime' }] })),
    ],
    [],
  ],
  [
    'build and runtime edges from the chain into an orthogonal member',
    [
      addMember('scheduler', newMember('scheduler', { layer: undefined, orthogonal: true })),
      manifest('kb_digests', (d) => void deps(d).push({ to: 'scheduler', kind: 'runtime' })),
      manifest('gpt_eventbus', (d) => void deps(d).push({ to: 'scheduler', kind: 'build' })),
    ],
    ['REGISTRY_ORTHOGONAL_EDGE registry/projects/gpt_eventbus.json#/dependsOn/0', 'REGISTRY_ORTHOGONAL_EDGE registry/projects/kb_digests.json#/dependsOn/2'],
  ],
  [
    'a contract edge into an orthogonal member, and an orthogonal member depending on the chain',
    [
      addMember('scheduler', newMember('scheduler', { layer: undefined, orthogonal: true, dependsOn: [{ to: 'kb_chunks', kind: 'runtime' }] })),
      manifest('kb_digests', (d) => void deps(d).push({ to: 'scheduler', kind: 'contract' })),
    ],
    ['REGISTRY_ORTHOGONAL_EDGE registry/projects/kb_digests.json#/dependsOn/2', 'REGISTRY_ORTHOGONAL_EDGE registry/projects/scheduler.json#/dependsOn/0'],
  ],
  [
    'a bus contract written by two members',
    [manifest('summarizer', (d) => void outputs(d).push({ contract: 'clusters.v1', artifact: 'x', path: 'x', requiredWhenEmpty: false }))],
    ['REGISTRY_CONTRACT_MULTIPLE_PRODUCERS registry/projects/gpt_sessions.json#/outputs/2/contract', 'REGISTRY_CONTRACT_MULTIPLE_PRODUCERS registry/projects/summarizer.json#/outputs/3/contract'],
  ],
  [
    'an input nobody emits, whose schema then documents nothing',
    [
      contract('alerts.v1', (d) => Object.assign(d, { $schema: '../meta/contract.schema.json', $id: 'https://ops-manual.example.org/schemas/alerts.v1.schema.json', title: 'alerts.v1', description: 'Alerts.', type: 'object', examples: [{}] })),
      manifest('kb_digests', (d) => void inputs(d).push('alerts.v1')),
    ],
    ['REGISTRY_INPUT_NO_PRODUCER registry/projects/kb_digests.json#/inputs/2', 'REGISTRY_CONTRACT_UNEMITTED schemas/contracts/alerts.v1.schema.json'],
  ],
  [
    'an input whose version no member writes any more',
    [manifest('gpt_eventbus', (d) => void (d['outputs'] = outputs(d).filter((o) => o['contract'] !== 'event.v1')))],
    // The contract edge stays justified: moving to event.v2 keeps it.
    ['REGISTRY_INPUT_RETIRED_VERSION registry/projects/gpt_sessions.json#/inputs/0'],
  ],
  ['a shared contract listed as an input', [manifest('summarizer', (d) => void inputs(d).push('manifest.v1'))], ['REGISTRY_SHARED_CONTRACT_INPUT registry/projects/summarizer.json#/inputs/2']],
  ['reading a contract without an edge to its producer', [manifest('summarizer', (d) => void inputs(d).push('chunks.v1'))], ['REGISTRY_CONTRACT_EDGE_MISSING registry/projects/summarizer.json#/inputs/2']],
  [
    'a contract edge to a member that owns no bus',
    [
      addMember('kb_search', newMember('kb_search', { inputs: ['chunks.v1'], dependsOn: [{ to: 'kb_chunks', kind: 'contract' }] })),
      manifest('kb_digests', (d) => void deps(d).push({ to: 'kb_search', kind: 'contract' })),
    ],
    ['REGISTRY_CONTRACT_EDGE_NO_CONTRACT registry/projects/kb_digests.json#/dependsOn/2'],
  ],
  ['a contract edge that reads nothing', [manifest('kb_digests', (d) => void deps(d).push({ to: 'kb_chunks', kind: 'contract' }))], ['REGISTRY_CONTRACT_EDGE_UNUSED registry/projects/kb_digests.json#/dependsOn/2']],
  [
    'contract ids without a schema',
    [
      registry((d) => void (d['sharedContracts'] as string[]).push('heartbeat.v1')),
      manifest('kb_chunks', (d) => void outputs(d).push({ contract: 'chunks.v2', artifact: 'x', path: 'x', requiredWhenEmpty: true })),
      manifest('kb_digests', (d) => void inputs(d).push('chunks.v2')),
    ],
    [
      'REGISTRY_CONTRACT_NO_SCHEMA registry/projects/kb_chunks.json#/outputs/3/contract',
      'REGISTRY_CONTRACT_EDGE_MISSING registry/projects/kb_digests.json#/inputs/2',
      'REGISTRY_CONTRACT_NO_SCHEMA registry/projects/kb_digests.json#/inputs/2',
      'REGISTRY_CONTRACT_NO_SCHEMA registry/registry.json#/sharedContracts/2',
    ],
  ],
  [
    'depending on a scratchpad, and reading its outputs',
    [
      contract('notes.v1', (d) => Object.assign(d, { $schema: '../meta/contract.schema.json', $id: 'https://ops-manual.example.org/schemas/notes.v1.schema.json', title: 'notes.v1', description: 'Notes.', type: 'object', examples: [{}] })),
      addMember('notebook', newMember('notebook', { layer: 'summaries', scratchpad: true, outputs: [{ contract: 'notes.v1', artifact: 'Notes', path: 'notes.json', requiredWhenEmpty: false }] })),
      manifest('kb_digests', (d) => {
        inputs(d).push('notes.v1');
        deps(d).push({ to: 'notebook', kind: 'contract' });
      }),
    ],
    ['REGISTRY_READS_SCRATCHPAD registry/projects/kb_digests.json#/inputs/2', 'REGISTRY_DEPENDS_ON_SCRATCHPAD registry/projects/kb_digests.json#/dependsOn/2/to'],
  ],
  [
    'an admitted member missing what admission needs',
    [addMember('kb_search', newMember('kb_search', { smokeTest: undefined, runRecords: undefined, outputs: [] }))],
    ['REGISTRY_RUN_RECORDS_MISSING registry/projects/kb_search.json', 'REGISTRY_SMOKE_TEST_MISSING registry/projects/kb_search.json', 'REGISTRY_NO_EMITTED_SCHEMA registry/projects/kb_search.json#/outputs'],
  ],
  ['a draft may have an unfinished manifest', [addMember('kb_search', newMember('kb_search', { smokeTest: undefined, runRecords: undefined, outputs: [] }), { draft: true })], []],
  [
    'a rejected manifest is reported once, without a cascade of guesses',
    [manifest('summarizer', (d) => void ((d['role'] as Json)['kind'] = 'transformer'))],
    ['SOURCE_SCHEMA_VIOLATION registry/projects/summarizer.json#/role/kind'],
  ],
];

describe('the registry doctor', () => {
  it.each(cases)('%s', async (_name, edits, want) => {
    const found = await diagnosticsOf(bundledWith(...edits));
    expect(found.map(where)).toEqual(want);
  });

  it('reports a cycle as a path that returns to its start', async () => {
    const found = await diagnosticsOf(
      bundledWith(
        addMember('ingest_tool', newMember('ingest_tool', { layer: 'ingest', dependsOn: [{ to: 'gpt_eventbus', kind: 'runtime' }] })),
        manifest('gpt_eventbus', (d) => void deps(d).push({ to: 'kb_chunks', kind: 'runtime' })),
        manifest('kb_chunks', (d) => void deps(d).push({ to: 'ingest_tool', kind: 'runtime' })),
      ),
    );
    expect(found[0]?.message).toBe('The dependsOn edges form a cycle: gpt_eventbus → kb_chunks → ingest_tool → gpt_eventbus.');
    expect(found[0]?.line).toBeGreaterThan(1);
  });

  it('names what exists when a lookup fails', async () => {
    const [d] = await diagnosticsOf(bundledWith(manifest('kb_digests', (doc) => void deps(doc).push({ to: 'gpt_evntbus', kind: 'runtime' }))));
    expect(d?.hint).toContain('gpt_eventbus, gpt_sessions, kb_chunks, kb_digests, summarizer');
  });

  it('gives every diagnostic a fix', async () => {
    const all = await Promise.all(cases.map(([, edits]) => diagnosticsOf(bundledWith(...edits))));
    const registryCodes = new Set(registryRules.flatMap((r) => r.codes));
    const ours = all.flat().filter((d) => registryCodes.has(d.code));
    expect(ours.length).toBeGreaterThan(20);
    expect(ours.filter((d) => d.hint === undefined || d.hint === '')).toEqual([]);
  });

  it('covers every code of its rules in this table', async () => {
    const all = await Promise.all(cases.map(([, edits]) => diagnosticsOf(bundledWith(...edits))));
    const fired = new Set(all.flat().map((d) => d.code));
    expect(registryRules.flatMap((r) => r.codes).filter((c) => !fired.has(c))).toEqual([]);
  });
});
