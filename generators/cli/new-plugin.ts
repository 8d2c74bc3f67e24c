import { existsSync, rmSync } from 'node:fs';
import { writeAtomic } from '../util/write-atomic';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { PluginSpec, PolicyPack } from '../../src/types/sources';
import { readSources } from '../load/read-sources';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { diskReader } from '../load/source-reader';
import { eventNames, findEvent, PLUGIN_NAME, requiredLedgerFields, RESERVED_PLUGIN_NAMES, type LifecycleEvent } from '../model/plugin-policy';
import { pluginSlug } from '../model/plugin-slug';
import { validate } from '../validate';
import { pagePath } from '../render/page-paths';
import { PLUGIN_FILES, pluginStaticPath } from '../render/plugins/plugin-paths';
import { gen } from './gen';
import { command, rootOf } from './command';

const HELP = `Usage: npm run new -- plugin <PluginName> --event <Event> [--root <dir>]

Writes registry/plugins/<PluginName>/plugin.spec.json: a valid, disabled spec
with a fresh id, the current policy pack version, the event's inputs and the
ledger fields the pack and the event require, and no actions yet. Then runs
gen and prints what it created and what to fill in next.

Refuses an invalid or existing name and an event the policy pack does not
define, and then writes nothing. When gen fails, the spec is removed again.

  --event <Event>   the lifecycle event it is bound to (required)
  --root <dir>      the manual's folder (default: the current folder)
  -h, --help        this help`;

/** `npm run new -- plugin <PluginName> --event <Event>`: scaffold a plugin spec and regenerate, or change nothing. */
export default command(
  { name: 'npm run new -- plugin', help: HELP, options: { event: { type: 'string' }, root: { type: 'string' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals }) => newPlugin(rootOf(values.root), { name: positionals[0] ?? '', event: values.event }),
);

async function newPlugin(root: string, args: Args): Promise<number> {

  const reader = diskReader(root);
  const loaded = readSources(reader);
  const pack = validate(loaded).sources.policyPack?.doc;
  if (pack === undefined) {
    return refuse(`${SOURCE_LAYOUT.policyPack} is missing or invalid, so there are no events to bind to; run \`npm run check\` to see why`);
  }
  const known = `known events: ${eventNames(pack).join(', ')}`;
  if (args.event === undefined) return refuse(`--event is required; ${known}`);
  const event = findEvent(pack, args.event);
  if (event === undefined) return refuse(`"${args.event}" is not a lifecycle event of the policy pack ${pack.version}; ${known}`);

  const { name } = args;
  if (!PLUGIN_NAME.test(name)) return refuse(`"${name}" is not a valid plugin name: use PascalCase letters and digits (${PLUGIN_NAME.source}), e.g. ModuleClassifier; ${known}`);
  if (RESERVED_PLUGIN_NAMES.has(name.toLowerCase())) return refuse(`"${name}" would collide with the generated plugins index page; choose a more specific name; ${known}`);
  const taken = [
    ...reader.list(SOURCE_LAYOUT.pluginsDir).map((e) => e.name),
    ...loaded.plugins.map((p) => (p.value as Partial<PluginSpec> | undefined)?.plugin_name).filter((n): n is string => typeof n === 'string'),
  ].find((existing) => existing.toLowerCase() === name.toLowerCase());
  if (taken !== undefined) return refuse(`a plugin named "${taken}" already exists in ${SOURCE_LAYOUT.pluginsDir}/; choose another name; ${known}`);

  const dir = `${SOURCE_LAYOUT.pluginsDir}/${name}`;
  const specPath = `${dir}/${SOURCE_LAYOUT.pluginSpecFile}`;
  const spec = scaffold(name, event, pack);
  writeAtomic(join(root, specPath), JSON.stringify(spec, null, 2) + '\n');
  console.log(`created ${specPath} (id ${spec.plugin_id}, event ${event.name}, policy pack ${pack.version}, disabled)`);

  let code: number;
  try {
    code = await gen(['--root', root]);
  } catch (e) {
    removeSpec(root, dir, specPath);
    throw e;
  }
  if (code !== 0) {
    removeSpec(root, dir, specPath);
    return refuse('gen failed (problems listed above), so the new spec was removed again; fix the problems and rerun the command');
  }
  console.log(nextSteps(name, specPath, event, pack));
  return 0;
}

interface Args {
  readonly name: string;
  readonly event: string | undefined;
}

/** A spec that passes every rule as written: disabled, reading every event input, requesting nothing. */
function scaffold(name: string, event: LifecycleEvent, pack: PolicyPack): PluginSpec {
  // Key order is the reading order of the spec, not canonical: this file is for people.
  return {
    $schema: '../../../schemas/meta/plugin-spec.schema.json',
    plugin_name: name,
    plugin_id: `${pluginSlug(name)}-${ulid()}`,
    version: '0.1.0',
    lifecycle_event: event.name,
    description: `Runs on ${event.name}. Say here what problem it solves and how.`,
    inputs: event.inputs.map((i) => i.name),
    outputs: [
      { name: 'status', type: 'string', description: 'noop when there is nothing to do, proposed when it requests actions.' },
      { name: 'actions_requested', type: 'array', description: 'The actions it proposes; the core checks and applies them.' },
      { name: 'notes', type: 'string[]', description: 'Why it decided what it did, for the ledger and the reviewer.' },
    ],
    allowed_actions: [],
    forbidden_actions: [],
    owner: 'unassigned',
    policy_pack_version: pack.version,
    ledger_required_fields: requiredLedgerFields(pack, event).map((f) => f.name),
    healthcheck: {
      fixture: {},
      expect: { status: 'noop', actions_requested: [], notes: [] },
    },
    enabled: false,
  };
}

function nextSteps(name: string, specPath: string, event: LifecycleEvent, pack: PolicyPack): string {
  const generated = [
    ...Object.values(PLUGIN_FILES).map((file) => pluginStaticPath(name, file)),
    pagePath.plugin(name),
  ];
  return [
    `Generated for ${name}:`,
    ...generated.map((p) => `  ${p}`),
    '',
    `Next, fill in ${specPath}:`,
    '  1. description: what it solves, in one or two sentences.',
    `  2. inputs: keep only what the handler reads (${event.name} delivers ${event.inputs.map((i) => i.name).join(', ') || 'nothing'}).`,
    '  3. outputs: result fields beyond status, actions_requested and notes.',
    `  4. allowed_actions: what it may propose, from ${event.name}'s ${event.allowedActions.join(', ') || '(none)'}; never ${pack.forbiddenEverywhere.join(', ')}.`,
    '  5. owner: the team answerable for it.',
    `  6. ledger_required_fields: add any field it records beyond the required ones (each typed in ${SOURCE_LAYOUT.policyPack}).`,
    '  7. healthcheck: a real fixture (event input) and the result the handler must return for it.',
    '  8. enabled: true, once the healthcheck passes against the real handler.',
    'Then run `npm run gen`, and commit the spec with its generated files.',
  ].join('\n');
}

function removeSpec(root: string, dir: string, specPath: string): void {
  rmSync(join(root, specPath), { force: true });
  // The folder was created by this command (the name did not exist), so it goes too.
  if (existsSync(join(root, dir))) rmSync(join(root, dir), { recursive: true, force: true });
}

function refuse(reason: string): number {
  console.error(`npm run new -- plugin: ${reason}. Nothing was written.`);
  return 1;
}
