import { diagnostic, pointerOf } from '../diagnostics/diagnostic';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import { SOURCE_LAYOUT } from '../load/source-layout';
import type { Catalog } from '../model/catalog';
import { TODO_MARKER } from '../validate/rules/registry/placeholders-filled';
import { applyScaffold, metaPattern, refuse } from './apply-scaffold';
import { command, rootOf } from './command';
import { withJsonValue } from './json-edit';

const HELP = `Usage: npm run new -- member <name> --role <kind> --bus <bus> [--layer <layer>] [--repo <url>] [--root <dir>]

Adds <name> to registry/registry.json as a draft and writes
registry/projects/<name>.json: every admission field is present, and each one
only the member's authors can know says TODO. The gate names every TODO
(REGISTRY_TODO_PLACEHOLDER: a warning while the member is a draft, an error once
it is admitted). Then runs gen.

Next: replace each TODO (\`npm run check\` lists them), add the bus contract it
writes (\`npm run new -- contract <bus>.v1 --emitted-by <name>\`), then remove
"draft": true from its registry entry: that is the admission.

Refuses a name the meta-schema's member-name pattern rejects, an existing
member, and anything else the gate would reject (with the gate's code), and then
writes nothing.

  --role <kind>     producer, packager, publisher or consumer (required)
  --bus <bus>       the bus it writes (a consumer: the bus it reads) (required)
  --layer <layer>   one of the registry's layers (required when it has layers)
  --repo <url>      its repository (default: a TODO placeholder)
  --root <dir>      the manual's folder (default: the current folder)
  -h, --help        this help`;

const OPTIONS = { role: { type: 'string' }, bus: { type: 'string' }, layer: { type: 'string' }, repo: { type: 'string' }, root: { type: 'string' } } as const;

/** `npm run new -- member <name> --role <kind> --bus <bus>`: a draft member with a manifest of TODOs, then gen. */
export default command({ name: 'npm run new -- member', help: HELP, options: OPTIONS, positionals: { min: 1, max: 1 } }, async ({ values, positionals }) => {
  const root = rootOf(values.root);
  const name = positionals[0] ?? '';
  if (values.role === undefined) return refuse('member', '--role is required: producer, packager, publisher or consumer');
  if (values.bus === undefined) return refuse('member', '--bus is required: the bus it writes (for a consumer, the bus it reads)');
  const request = { name, role: values.role, bus: values.bus, layer: values.layer, repo: values.repo };
  const code = await applyScaffold(root, 'member', (catalog, reader) => plan(catalog, reader.read(SOURCE_LAYOUT.registry) ?? '', request));
  if (code === 0) console.log(nextSteps(name));
  return code;
});

interface Request {
  readonly name: string;
  readonly role: string;
  readonly bus: string;
  readonly layer: string | undefined;
  readonly repo: string | undefined;
}

function plan(catalog: Catalog, registryText: string, request: Request): ReadonlyMap<string, string> | string {
  const { name } = request;
  // The name becomes a file name, so it is checked before anything is built from it.
  const pattern = metaPattern(catalog, 'project', ['$defs', 'memberName', 'pattern']);
  if (!pattern.test(name)) {
    const d = diagnostic('SOURCE_SCHEMA_VIOLATION', SOURCE_LAYOUT.registry, pointerOf('members', name), `${JSON.stringify(name)} does not match the member-name pattern ${pattern.source} (schemas/meta/project.schema.json#/$defs/memberName).`, 'Use lower-case ASCII letters, digits, "_" and "-", starting with a letter, e.g. kb_search.');
    console.error(formatDiagnostic(d));
    return `"${name}" is not a valid member name (SOURCE_SCHEMA_VIOLATION)`;
  }
  if (catalog.members.some((m) => m.name === name)) return `"${name}" is already a member of ${SOURCE_LAYOUT.registry}`;
  const repo = request.repo ?? `https://example.invalid/${TODO_MARKER}/${name}`;
  const files = new Map<string, string>();
  files.set(SOURCE_LAYOUT.registry, withJsonValue(registryText, ['members', name], { repo, draft: true }));
  files.set(`${SOURCE_LAYOUT.projectsDir}/${name}.json`, JSON.stringify(manifest(catalog, request), null, 2) + '\n');
  return files;
}

/** Key order is the reading order of the manifests already in the registry, not canonical: this file is for people. */
function manifest(catalog: Catalog, request: Request): Record<string, unknown> {
  const { name, bus } = request;
  const shared = new Set(catalog.registry.doc.sharedContracts ?? []);
  const writesBus = request.role === 'producer' || request.role === 'packager';
  const outputs = [
    ...(writesBus && shared.has('manifest.v1') ? [{ contract: 'manifest.v1', artifact: `${bus} bus manifest`, path: `${TODO_MARKER}: where each partition's manifest is written, e.g. bus/${bus}/{YYYY-MM-DD}/manifest.json`, requiredWhenEmpty: true }] : []),
    ...(shared.has('run_record.v1') ? [{ contract: 'run_record.v1', artifact: 'Run record', path: `${TODO_MARKER}: where each run writes its run record, e.g. artifacts/run_records/{run_id}.json`, requiredWhenEmpty: true }] : []),
  ];
  return {
    $schema: '../../schemas/meta/project.schema.json',
    name,
    summary: `${TODO_MARKER}: one sentence on what ${name} does.`,
    role: { kind: request.role, bus },
    ...(request.layer === undefined ? {} : { layer: request.layer }),
    inputs: [],
    outputs,
    entrypoints: [{ name: 'run', command: `${TODO_MARKER}: the command that runs ${name} for one partition` }],
    smokeTest: {
      command: `${TODO_MARKER}: one command that runs ${name} end to end on trivial or empty input`,
      description: `${TODO_MARKER}: what the smoke test proves (which outputs it writes, including every artifact marked requiredWhenEmpty)`,
    },
    runRecords: `${TODO_MARKER}: the folder where every run writes its run_record.v1, e.g. artifacts/run_records/`,
    dependsOn: [],
    orthogonal: false,
    scratchpad: false,
  };
}

function nextSteps(name: string): string {
  return [
    `Next, for ${name}:`,
    `  1. Replace every TODO in ${SOURCE_LAYOUT.projectsDir}/${name}.json and its "repo" in ${SOURCE_LAYOUT.registry} (\`npm run check\` lists each as REGISTRY_TODO_PLACEHOLDER).`,
    '  2. List the contracts it reads in "inputs" and a typed edge in "dependsOn" to the member writing each.',
    `  3. Add the contract of its bus: \`npm run new -- contract <bus>.v1 --emitted-by ${name}\` (or add an existing one to "outputs").`,
    `  4. Remove "draft": true from its entry in ${SOURCE_LAYOUT.registry}: that is the admission. Then \`npm run gen\`.`,
  ].join('\n');
}
