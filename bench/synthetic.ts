import type { Size } from './sizes';

/**
 * A seeded synthetic ecosystem, valid under every rule: members in four layers,
 * each owning a bus of contracts (some with a second version and its ADR, some
 * with nested objects and cross-contract refs), consumers with contract edges to
 * their producers, plugins on every lifecycle event, and ADRs that supersede and
 * refine each other. Returns repo-relative path → content for adr/, schemas/contracts/
 * and registry/ (the meta-schemas and the policy pack come from the repo).
 */
export function syntheticEcosystem(size: Size, policyPackText: string, seed = 1): Record<string, string> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const files: Record<string, string> = {};
  const json = (path: string, value: unknown): void => {
    files[path] = JSON.stringify(value, null, 2) + '\n';
  };
  const layers = ['l0', 'l1', 'l2', 'l3'];
  const member = (i: number): string => `member_${String(i).padStart(4, '0')}`;
  const layerOf = (i: number): number => Math.floor((i * layers.length) / size.members);

  // Contracts: each member owns a bus; ~10% of families get a v2.
  const perMember = Math.max(1, Math.floor(size.contracts / size.members));
  const owned = new Map<number, string[]>();
  const v2 = new Set<string>();
  let count = 0;
  for (let m = 0; m < size.members; m++) {
    const ids: string[] = [];
    for (let k = 0; k < perMember && count < size.contracts; k++) {
      const family = `bus${String(m).padStart(4, '0')}.topic${k}`;
      ids.push(`${family}.v1`);
      count++;
      if (count % 10 === 0 && count < size.contracts) {
        ids.push(`${family}.v2`);
        v2.add(`${family}.v2`);
        count++;
      }
    }
    owned.set(m, ids);
  }
  const allContracts = [...owned.values()].flat();
  for (const [m, ids] of owned) {
    ids.forEach((id, k) => {
      const sibling = k > 0 ? ids[0] : undefined;
      json(`schemas/contracts/${id}.schema.json`, contractSchema(id, member(m), sibling !== undefined && !sibling.endsWith('.v2') ? sibling : undefined, v2.has(id)));
    });
  }
  json('schemas/contracts/shared.run_record.v1.schema.json', sharedRunRecord());

  // Members: layer k reads two contracts of members in layer k-1 and declares contract edges to them.
  const registryMembers: Record<string, { repo: string }> = {};
  for (let m = 0; m < size.members; m++) {
    const name = member(m);
    registryMembers[name] = { repo: `https://git.example.org/synthetic/${name}` };
    const layer = layerOf(m);
    const upstream = Array.from({ length: size.members }, (_, i) => i).filter((i) => layerOf(i) === layer - 1);
    const inputs = new Set<string>();
    const producers = new Set<string>();
    for (let k = 0; k < 2 && upstream.length > 0; k++) {
      const producer = pick(upstream);
      const candidates = owned.get(producer) ?? [];
      if (candidates.length === 0) continue;
      inputs.add(pick(candidates));
      producers.add(member(producer));
    }
    const outputs = (owned.get(m) ?? []).map((id) => ({ contract: id, artifact: `Partition of ${id}`, path: `bus/${id}/{date}/part.jsonl`, requiredWhenEmpty: true }));
    outputs.push({ contract: 'shared.run_record.v1', artifact: 'Run record', path: 'artifacts/run_records/{run_id}.json', requiredWhenEmpty: true });
    json(`registry/projects/${name}.json`, {
      $schema: '../../schemas/meta/project.schema.json',
      name,
      summary: `Synthetic member ${m} of layer ${layers[layer]}.`,
      role: { kind: 'producer', bus: `bus${String(m).padStart(4, '0')}` },
      layer: layers[layer],
      inputs: [...inputs].sort(),
      outputs,
      entrypoints: [{ name: 'run', command: `${name} run --date {date}` }],
      smokeTest: { command: `${name} run --empty`, description: 'Runs on empty input and writes empty partitions.' },
      runRecords: 'artifacts/run_records/',
      dependsOn: [...producers].sort().map((to) => ({ to, kind: 'contract' })),
      orthogonal: false,
      scratchpad: false,
    });
  }
  json('registry/registry.json', {
    $schema: '../schemas/meta/registry.schema.json',
    name: `Synthetic ecosystem ${size.name}`,
    layers,
    sharedContracts: ['shared.run_record.v1'],
    members: registryMembers,
  });

  // Plugins: one spec each, cycling through the policy pack's events.
  const pack = JSON.parse(policyPackText) as PolicyPackLike;
  for (let p = 0; p < size.plugins; p++) {
    const event = pack.lifecycleEvents[p % pack.lifecycleEvents.length] as PolicyPackLike['lifecycleEvents'][number];
    const name = `SyntheticPlugin${String(p).padStart(4, '0')}`;
    json(`registry/plugins/${name}/plugin.spec.json`, {
      $schema: '../../../schemas/meta/plugin-spec.schema.json',
      plugin_name: name,
      plugin_id: `synthetic-plugin-${p}-${ulidLike(random)}`,
      version: `1.${p % 7}.0`,
      lifecycle_event: event.name,
      description: `Synthetic plugin ${p}, bound to ${event.name}.`,
      inputs: event.inputs.slice(0, 2).map((i) => i.name),
      outputs: [
        { name: 'status', type: 'string', description: 'noop or proposed.' },
        { name: 'actions_requested', type: 'array', description: 'What it proposes.' },
        { name: 'notes', type: 'string[]', description: 'Why.' },
      ],
      allowed_actions: event.allowedActions.slice(0, 1),
      forbidden_actions: [],
      owner: 'synthetic-team',
      policy_pack_version: pack.version,
      ledger_required_fields: [...new Set([...pack.minimumLedgerFields, ...event.requiredLedgerFields])],
      healthcheck: { fixture: Object.fromEntries(event.inputs.slice(0, 2).map((i) => [i.name, sampleOf(i.type)])), expect: { status: 'noop', actions_requested: [], notes: [] } },
      enabled: p % 9 !== 0,
    });
  }

  // ADRs: every 10th supersedes the one before it, every 7th refines an earlier one,
  // and each v2 contract is introduced by an ADR with a Migration section.
  const v2List = [...v2].sort();
  const live = Array.from({ length: size.adrs }, (_, i) => i + 1).filter((a) => !(a % 10 === 9 && a + 1 <= size.adrs));
  for (let a = 1; a <= size.adrs; a++) {
    const supersededLater = a % 10 === 9 && a + 1 <= size.adrs;
    const supersedes = a % 10 === 0 ? [a - 1] : [];
    const refines = a % 7 === 0 && a > 7 ? [a - 7] : [];
    const introduces = v2List.filter((_, i) => live[i % live.length] === a);
    const affects = [...introduces, pick(allContracts.filter((id) => !v2.has(id))), member((a * 7) % size.members)];
    const date = new Date(Date.UTC(2024, 0, 1) + a * 86_400_000).toISOString().slice(0, 10);
    const front = [
      '---',
      `id: ${a}`,
      `title: Synthetic decision ${a}`,
      `status: ${supersededLater ? 'superseded' : 'accepted'}`,
      `date: ${date}`,
      ...(supersedes.length ? [`supersedes: [${supersedes.join(', ')}]`] : []),
      ...(refines.length ? [`refines: [${refines.join(', ')}]`] : []),
      `affects: [${[...new Set(affects)].join(', ')}]`,
      `tags: [synthetic, tag-${a % 5}]`,
      '---',
    ];
    const body = [
      '## Context',
      '',
      `Decision ${a} records why the ecosystem works the way it does; text like {braces} and <angle> stays literal.`,
      '',
      '## Decision',
      '',
      `We decide item ${a}.`,
      '',
      '## Consequences',
      '',
      '- Members follow it.',
      '',
      '## Alternatives considered',
      '',
      '- Doing nothing.',
      ...(introduces.length ? ['', '## Migration', '', `What changed: ${introduces.join(', ')} tightens fields. Detect affected artifacts by their schema_version; regenerate them.`] : []),
    ];
    files[`adr/${String(a).padStart(4, '0')}-synthetic-decision-${a}.md`] = [...front, '', ...body, ''].join('\n');
  }
  return files;
}

interface PolicyPackLike {
  version: string;
  minimumLedgerFields: string[];
  lifecycleEvents: Array<{ name: string; inputs: Array<{ name: string; type: string }>; allowedActions: string[]; requiredLedgerFields: string[] }>;
}

function contractSchema(id: string, owner: string, sibling: string | undefined, isV2: boolean): unknown {
  const item = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'weight'],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Item id.' },
      weight: { type: 'number', minimum: 0, maximum: 1, description: 'Relative weight.' },
      labels: { type: 'array', items: { type: 'string', maxLength: 40 }, description: 'Free labels.' },
    },
  };
  const properties: Record<string, unknown> = {
    schema_version: { const: id, description: 'The contract id.' },
    id: { type: 'string', minLength: 1, description: `Record id written by ${owner}.` },
    date: { type: 'string', format: 'date', description: 'Partition date.' },
    kind: { enum: isV2 ? ['alpha', 'beta'] : ['alpha', 'beta', 'gamma'], default: 'alpha', description: 'Record kind.' },
    source: { type: 'object', additionalProperties: false, required: ['system'], properties: { system: { type: 'string' }, url: { type: 'string', format: 'uri' } }, description: 'Where the record came from.' },
    items: { type: 'array', items: { $ref: '#/$defs/item' }, description: 'Nested items.' },
    note: { type: 'string', description: 'Text such as {braces}, <T> or import x from "y" renders literally.' },
  };
  if (sibling !== undefined) properties['related'] = { $ref: `${sibling}.schema.json`, description: 'A related record of the same bus.' };
  const required = isV2 ? ['schema_version', 'id', 'date', 'kind'] : ['schema_version', 'id', 'date'];
  return {
    $schema: '../meta/contract.schema.json',
    $id: `https://ops-manual.example.org/schemas/${id}.schema.json`,
    title: id,
    description: `Synthetic contract ${id}, owned by ${owner}.`,
    type: 'object',
    additionalProperties: false,
    required,
    properties,
    $defs: { item },
    examples: [{ schema_version: id, id: 'r-1', date: '2026-01-01', kind: 'alpha', items: [{ id: 'a', weight: 0.5 }] }],
  };
}

function sharedRunRecord(): unknown {
  return {
    $schema: '../meta/contract.schema.json',
    $id: 'https://ops-manual.example.org/schemas/shared.run_record.v1.schema.json',
    title: 'shared.run_record.v1',
    description: 'Run record written by every synthetic member.',
    type: 'object',
    additionalProperties: false,
    required: ['run_id', 'status'],
    properties: { run_id: { type: 'string', description: 'Run id.' }, status: { enum: ['success', 'failure'], description: 'Outcome.' } },
    examples: [{ run_id: 'r1', status: 'success' }],
  };
}

function sampleOf(type: string): unknown {
  return type === 'integer' || type === 'number' ? 1 : type === 'boolean' ? true : type === 'string[]' || type === 'array' ? [] : type === 'object' ? {} : 'x';
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function ulidLike(random: () => number): string {
  return '0' + Array.from({ length: 25 }, () => CROCKFORD[Math.floor(random() * 32)]).join('');
}

/** A seeded generator (mulberry32): the same seed gives the same output on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
