import { parse } from 'jsonc-parser';
import { loadCatalog } from '../catalog';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { diskReader, type SourceReader } from '../load/source-reader';
import type { Catalog, Contract } from '../model/catalog';
import { familyChangelog } from '../model/contract-changelog';
import { contractSchemaUrl, parseContractId } from '../model/contract-id';
import { applyScaffold, refuse } from './apply-scaffold';
import { command, rootOf } from './command';
import { withJsonAppended, withJsonValue } from './json-edit';
import { plannedAdr } from './new-adr';
import { changesBlock, hasChangesBlock, withChangesBlock } from './migration-changes';

const HELP = `Usage: npm run new -- version <contract-id> [--refresh] [--root <dir>]

Copies the latest version of the contract's family to the next major version
(schemas/contracts/<family>.v<N+1>.schema.json, with $id, title and a
schema_version const updated), adds it to the outputs of each member writing the
latest version (beside the old one, at a path with .v<N+1>) or to
sharedContracts, and writes the proposed ADR that affects it, with its
Migration section. Then runs gen.

Next: make the change in the new schema, then run
\`npm run new -- version <family>.v<N+1> --refresh\`: it rewrites the list of
classified changes in the ADR's Migration section (between its two comments)
from the differ and, while that ADR is proposed, re-locks the new version, which
nobody reads yet. Then complete the Migration section and the ADR.

  --refresh      rewrite the ADR's list of changes of <contract-id> (a version
                 made by this command) and re-lock it
  --root <dir>   the manual's folder (default: the current folder)
  -h, --help     this help`;

const OPTIONS = { refresh: { type: 'boolean' }, root: { type: 'string' } } as const;

/** `npm run new -- version <contract-id>`: the next major version with its ADR; `--refresh` lists its changes there. */
export default command({ name: 'npm run new -- version', help: HELP, options: OPTIONS, positionals: { min: 1, max: 1 } }, async ({ values, positionals }) => {
  const root = rootOf(values.root);
  const id = positionals[0] ?? '';
  if (values.refresh === true) return refresh(root, id);
  let planned = '';
  const code = await applyScaffold(root, 'version', (catalog, reader) => {
    const files = plan(catalog, reader, id);
    if (typeof files !== 'string') planned = [...files.keys()].find((p) => p.startsWith(`${SOURCE_LAYOUT.contractsDir}/`)) ?? '';
    return files;
  });
  if (code === 0) {
    const next = planned.slice(planned.lastIndexOf('/') + 1).replace(/\.schema\.json$/, '');
    console.log(`Next: change ${planned}, run \`npm run new -- version ${next} --refresh\` to list its changes in the ADR's Migration section, then complete that ADR.`);
  }
  return code;
});

function plan(catalog: Catalog, reader: SourceReader, id: string): ReadonlyMap<string, string> | string {
  const contract = catalog.contracts.find((c) => c.id === id);
  if (contract === undefined) return `"${id}" is not a contract; contracts: ${catalog.contracts.map((c) => c.id).join(', ') || 'none yet (npm run new -- contract)'}`;
  const family = catalog.contracts.filter((c) => c.family === contract.family).sort((a, b) => a.major - b.major);
  const latest = family[family.length - 1] as Contract;
  const next = `${latest.family}.v${latest.major + 1}`;
  const files = new Map<string, string>();
  files.set(`${SOURCE_LAYOUT.contractsDir}/${next}.schema.json`, bumped(reader.read(latest.file) ?? '', latest.id, next));

  if (latest.shared) {
    files.set(SOURCE_LAYOUT.registry, withJsonValue(reader.read(SOURCE_LAYOUT.registry) ?? '', ['sharedContracts'], [...(catalog.registry.doc.sharedContracts ?? []), next]));
  }
  for (const name of latest.producers) {
    const manifest = catalog.members.find((m) => m.name === name)?.manifest;
    if (manifest === undefined) continue;
    let text = reader.read(manifest.file) ?? '';
    let length = manifest.doc.outputs.length;
    for (const output of manifest.doc.outputs.filter((o) => o.contract === latest.id)) {
      text = withJsonAppended(text, ['outputs'], length++, { ...output, contract: next, artifact: output.artifact.split(latest.id).join(next), path: versionedPath(output.path, latest.major + 1) });
    }
    files.set(manifest.file, text);
  }
  const ids = new Set([...catalog.contracts.map((c) => c.id), next]);
  const adr = plannedAdr(catalog, ids, `Introduce ${next}`, { affects: [next, ...latest.producers], tags: ['contracts'] });
  if (typeof adr === 'string') return adr;
  files.set(adr.path, adr.text);
  return files;
}

/** The latest version's text as the next one: `$id`, `title` and a `schema_version` const (and the examples' values) renamed. */
function bumped(text: string, from: string, to: string): string {
  const doc = parse(text) as { properties?: { schema_version?: { const?: unknown } }; examples?: unknown[] };
  let out = withJsonValue(withJsonValue(text, ['$id'], contractSchemaUrl(to)), ['title'], to);
  if (doc.properties?.schema_version?.const === from) out = withJsonValue(out, ['properties', 'schema_version', 'const'], to);
  (doc.examples ?? []).forEach((example, i) => {
    if ((example as { schema_version?: unknown } | null)?.schema_version === from) out = withJsonValue(out, ['examples', i, 'schema_version'], to);
  });
  return out;
}

/**
 * Where the new version is written beside the old: the folder holding the
 * partitions (the one before the first `{…}` segment, else the file's folder)
 * gets `.v<major>`, as event.v2 is written at bus/events.v2/.
 */
export function versionedPath(path: string, major: number): string {
  const segments = path.split('/');
  const templated = segments.findIndex((s) => s.includes('{'));
  const at = (templated === -1 ? segments.length - 1 : templated) - 1;
  if (at < 0) return `v${major}/${path}`;
  segments[at] = `${(segments[at] as string).replace(/\.v[0-9]+$/, '')}.v${major}`;
  return segments.join('/');
}

async function refresh(root: string, id: string): Promise<number> {
  const reader = diskReader(root);
  const major = parseContractId(id)?.major ?? 0;
  if (major < 2) return refuse('version', `--refresh takes the new version, e.g. event.v2; "${id}" is not one`);
  // The new version may have changed since gen locked it; that alone is what --refresh re-locks.
  const plain = loadCatalog(reader);
  const relock = !plain.ok && plain.diagnostics.every((d) => d.code === 'CONTRACT_CHANGED_WITHOUT_BUMP' && d.file === `${SOURCE_LAYOUT.contractsDir}/${id}.schema.json`);
  const loaded = relock ? loadCatalog(reader, { relock: [id] }) : plain;
  if (!loaded.ok) {
    console.error(formatDiagnostics(loaded.diagnostics));
    return refuse('version', 'the sources have problems (listed above); fix them first');
  }
  const contract = loaded.catalog.contracts.find((c) => c.id === id);
  if (contract === undefined) return refuse('version', `"${id}" is not a contract`);
  const adr = loaded.catalog.adrs.find((a) => hasChangesBlock(reader.read(a.file) ?? '', id));
  if (adr === undefined) return refuse('version', `no ADR has the list of changes of ${id} (written by \`npm run new -- version\` or \`npm run new -- adr --affects ${id}\`); add the changes to its Migration section by hand`);
  if (relock && adr.doc.status !== 'proposed') {
    return refuse('version', `${id} changed since it was locked, and ${adr.file} is ${adr.doc.status}: the version is published, so it is not re-locked; restore it and make the change in a new version`);
  }
  const changes = familyChangelog(loaded.catalog, contract).find((e) => e.contract.id === id)?.changes ?? [];
  const text = withChangesBlock(reader.read(adr.file) ?? '', id, changesBlock(id, changes));
  if (text === undefined) return refuse('version', `${adr.file} has the start of the list of changes of ${id} but not its end marker`);
  const code = await applyScaffold(root, 'version', () => new Map([[adr.file, text]]), relock ? { relock: [id] } : {});
  if (code === 0) console.log(`${adr.file}: ${changes.length} classified change${changes.length === 1 ? '' : 's'} of ${id} listed${relock ? `; ${id} re-locked` : ''}.`);
  return code;
}
