import { SOURCE_LAYOUT } from '../load/source-layout';
import type { Catalog } from '../model/catalog';
import { contractSchemaUrl, parseContractId } from '../model/contract-id';
import type { SourceReader } from '../load/source-reader';
import { applyScaffold, metaPattern } from './apply-scaffold';
import { command, rootOf, UsageError } from './command';
import { withJsonAppended, withJsonValue } from './json-edit';

const HELP = `Usage: npm run new -- contract <id> (--emitted-by <member> | --shared) [--root <dir>]

Writes schemas/contracts/<id>.schema.json: a v1 contract with $id, title,
description, type object, two properties and one example, valid as written.
--emitted-by adds it to that member's "outputs" (a bus contract has one
producer); --shared lists it in the registry's "sharedContracts" instead (every
member writes it). Then runs gen.

Next: describe the document in "description", define its fields in
"properties" and "required", and make "examples" real; \`npm run gen\` checks
each example against the schema. Check the output's "path" in the member's
manifest.

Refuses an id the contract meta-schema rejects, a family that already has a
version (use \`npm run new -- version\`), and anything the gate would reject,
and then writes nothing.

  --emitted-by <member>   the member that writes it
  --shared                written by every member (sharedContracts)
  --root <dir>            the manual's folder (default: the current folder)
  -h, --help              this help`;

const OPTIONS = { 'emitted-by': { type: 'string' }, shared: { type: 'boolean' }, root: { type: 'string' } } as const;

/** `npm run new -- contract <id>`: a v1 contract skeleton and who writes it, then gen. */
export default command({ name: 'npm run new -- contract', help: HELP, options: OPTIONS, positionals: { min: 1, max: 1 } }, async ({ values, positionals }) => {
  const root = rootOf(values.root);
  const emittedBy = values['emitted-by'];
  if ((emittedBy === undefined) === (values.shared !== true)) throw new UsageError('give exactly one of --emitted-by <member> and --shared.');
  const id = positionals[0] ?? '';
  const code = await applyScaffold(root, 'contract', (catalog, reader) => plan(catalog, reader, id, emittedBy));
  if (code === 0) console.log(`Next: fill in ${SOURCE_LAYOUT.contractsDir}/${id}.schema.json (description, properties, required, examples), then \`npm run gen\`.`);
  return code;
});

function plan(catalog: Catalog, reader: SourceReader, id: string, emittedBy: string | undefined): ReadonlyMap<string, string> | string {
  const pattern = metaPattern(catalog, 'contract', ['properties', 'title', 'pattern']);
  if (!pattern.test(id)) return `"${id}" is not a contract id (SOURCE_SCHEMA_VIOLATION: it must match ${pattern.source}, schemas/meta/contract.schema.json#/properties/title), e.g. search_hits.v1`;
  const parsed = parseContractId(id);
  if (parsed === undefined || parsed.major !== 1) return `"${id}" is not a first version: a new contract starts at ${parsed?.family ?? id}.v1; for the next version of one, run \`npm run new -- version <contract-id>\``;
  const family = catalog.contracts.filter((c) => c.family === parsed.family).map((c) => c.id);
  if (family.length > 0) return `the contract family "${parsed.family}" exists already (${family.join(', ')}); its next version comes from \`npm run new -- version ${family[family.length - 1]}\``;
  const files = new Map<string, string>([[`${SOURCE_LAYOUT.contractsDir}/${id}.schema.json`, JSON.stringify(skeleton(id, parsed.family), null, 2) + '\n']]);
  if (emittedBy === undefined) {
    const text = reader.read(SOURCE_LAYOUT.registry) ?? '';
    files.set(SOURCE_LAYOUT.registry, withJsonValue(text, ['sharedContracts'], [...(catalog.registry.doc.sharedContracts ?? []), id]));
    return files;
  }
  const member = catalog.members.find((m) => m.name === emittedBy);
  if (member === undefined) return `--emitted-by names "${emittedBy}", which is not a member; members: ${catalog.members.map((m) => m.name).join(', ') || 'none yet (npm run new -- member)'}`;
  if (member.manifest === undefined) return `"${emittedBy}" has no manifest in ${SOURCE_LAYOUT.projectsDir}/ to add the output to`;
  const { file, doc } = member.manifest;
  const name = parsed.family.slice(parsed.family.lastIndexOf('.') + 1);
  const output = { contract: id, artifact: `${id} documents`, path: `bus/${doc.role.bus}/{YYYY-MM-DD}/${name}.jsonl`, requiredWhenEmpty: true };
  files.set(file, withJsonAppended(reader.read(file) ?? '', ['outputs'], doc.outputs.length, output));
  return files;
}

/** Key order is the reading order of the bundled contracts: this file is for people. */
function skeleton(id: string, family: string): Record<string, unknown> {
  return {
    $schema: '../meta/contract.schema.json',
    $id: contractSchemaUrl(id),
    title: id,
    description: `One ${family} document. Say what one document stands for, who writes it, where, and what a reader may rely on.`,
    type: 'object',
    additionalProperties: false,
    required: ['schema_version', 'id'],
    properties: {
      schema_version: { type: 'string', const: id, description: `Contract id of this document, always \`${id}\`; a reader rejects any other value instead of guessing.` },
      id: { type: 'string', minLength: 1, description: 'Stable id of the document: say how it is derived, so the same input always gives the same id.' },
    },
    examples: [{ schema_version: id, id: `${family.replace(/\./g, '_')}_0001` }],
  };
}
