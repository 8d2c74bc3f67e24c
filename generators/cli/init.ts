import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { loadCatalog } from '../catalog';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { diskReader } from '../load/source-reader';
import { adrNumber } from '../model/adr-relations';
import { writeAtomic } from '../util/write-atomic';
import { metaPattern } from './apply-scaffold';
import { command, rootOf, UsageError } from './command';
import { gen } from './gen';
import { slugOf } from './new-adr';
import { runCli } from './run-cli';

const HELP = `Usage: npm run init -- --name "<ecosystem name>" [--description <text>] [--layers a,b,c] [--yes] [--root <dir>]

Turns this clone into the manual of a new ecosystem: removes the bundled
members, contracts (all but the shared ones: manifest.v1, run_record.v1),
plugins and ADRs; keeps the error taxonomy, the policy pack and the
hand-written pages (member names in them become generic examples); writes
registry/registry.json for the new ecosystem and ADR 0001 recording the
adoption; then runs gen. The empty manual passes check and builds.

Asks before removing anything. Without --yes it asks on a terminal, and refuses
when stdin is not one (CI, pipes).

  --name <text>         the ecosystem's name (asked for on a terminal)
  --description <text>  one paragraph on what it does
  --layers a,b,c        its layers, upstream first
  --yes                 do it without asking
  --root <dir>          the manual's folder (default: the current folder)
  -h, --help            this help

Next: \`npm run new -- member <name> --role <kind> --bus <bus>\`.`;

const OPTIONS = { name: { type: 'string' }, description: { type: 'string' }, layers: { type: 'string' }, yes: { type: 'boolean' }, root: { type: 'string' } } as const;

export const init = command({ name: 'npm run init', help: HELP, options: OPTIONS }, async ({ values }) => {
  const root = rootOf(values.root);
  const interactive = process.stdin.isTTY === true && values.yes !== true;
  if (values.yes !== true && !interactive) throw new UsageError('stdin is not a terminal, so nothing can be confirmed: pass --yes to turn this clone into a new manual.');
  let name = values.name?.trim();
  if ((name === undefined || name === '') && interactive) name = (await ask('Ecosystem name: ')).trim();
  if (name === undefined || name === '' || /[\r\n]/.test(name)) throw new UsageError('--name "<ecosystem name>" is required: one non-empty line.');

  const reader = diskReader(root);
  const loaded = loadCatalog(reader);
  if (!loaded.ok) {
    console.error(formatDiagnostics(loaded.diagnostics));
    return fail('the sources have problems (listed above); fix them first');
  }
  const { catalog } = loaded;
  const layers = (values.layers ?? '').split(',').map((l) => l.trim()).filter((l) => l !== '');
  const layer = metaPattern(catalog, 'registry', ['properties', 'layers', 'items', 'pattern']);
  const badLayers = layers.filter((l) => !layer.test(l));
  if (badLayers.length > 0) return fail(`layers must match ${layer.source} (schemas/meta/registry.schema.json): ${badLayers.join(', ')}`);

  const shared = new Set(catalog.registry.doc.sharedContracts ?? []);
  const removed = [
    ...catalog.members.flatMap((m) => (m.manifest === undefined ? [] : [m.manifest.file])),
    ...catalog.contracts.filter((c) => !shared.has(c.id)).map((c) => c.file),
    ...catalog.plugins.map((p) => p.file.slice(0, p.file.lastIndexOf('/'))),
    ...catalog.adrs.map((a) => a.file),
    // Locked versions of removed contracts would be reported as removed; the lock is rebuilt by gen.
    SOURCE_LAYOUT.contractsLock,
  ];
  if (interactive) {
    const answer = await ask(`Remove ${catalog.members.length} members, ${catalog.contracts.length - shared.size} contracts, ${catalog.plugins.length} plugins and ${catalog.adrs.length} ADRs, and start "${name}"? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) return fail('not confirmed');
  }

  const generic = genericNames(catalog.members.map((m) => ({ name: m.name, kind: m.manifest?.doc.role.kind ?? 'member' })));
  const pages = new Map<string, string>();
  for (const page of catalog.pages) {
    const before = reader.read(page.file) ?? '';
    const after = genericPage(before, generic, catalog.registry.doc.name, name);
    if (after !== before) pages.set(page.file, after);
  }
  const registry = {
    $schema: '../schemas/meta/registry.schema.json',
    name,
    ...(values.description === undefined ? {} : { description: values.description }),
    ...(layers.length > 0 ? { layers } : {}),
    manifestFile: catalog.registry.doc.manifestFile ?? 'ecosystem.manifest.json',
    sharedContracts: [...shared].sort(),
    members: {},
  };

  for (const path of removed) rmSync(join(root, path), { recursive: true, force: true });
  writeAtomic(join(root, SOURCE_LAYOUT.registry), JSON.stringify(registry, null, 2) + '\n');
  for (const [path, text] of pages) writeAtomic(join(root, path), text);
  const adr = adoptionAdr(name, catalog.registry.doc.name, [...shared].sort());
  writeAtomic(join(root, adr.path), adr.text);

  const code = await gen(['--root', root]);
  if (code !== 0) return fail('gen failed on the new manual (see above); `git status` shows what changed, `git checkout .` undoes it');
  console.log(
    [
      `init: "${name}" started: removed ${catalog.members.length} members, ${catalog.contracts.length - shared.size} contracts, ${catalog.plugins.length} plugins and ${catalog.adrs.length} ADRs; kept ${[...shared].join(', ')}; ${pages.size} pages made generic; wrote ${adr.path}.`,
      'Next: `npm run new -- member <name> --role <kind> --bus <bus>`, then `npm run check` and commit.',
    ].join('\n'),
  );
  return 0;
});

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

function fail(reason: string): number {
  console.error(`npm run init: ${reason}.`);
  return 1;
}

/** Each bundled member's name as a generic example by its role: `example_producer`, `example_producer_2`, … */
function genericNames(members: ReadonlyArray<{ name: string; kind: string }>): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const { name, kind } of members) {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    names.set(name, n === 1 ? `example_${kind}` : `example_${kind}_${n}`);
  }
  return names;
}

/** A hand-written page with the old ecosystem's name replaced and every bundled member named in code as its generic example. */
function genericPage(text: string, generic: ReadonlyMap<string, string>, oldName: string, newName: string): string {
  let out = text.split(`the ${oldName.toLowerCase()}`).join(newName).split(oldName).join(newName);
  for (const [member, example] of generic) out = out.split(`\`${member}\``).join(`\`${example}\``);
  return out;
}

function adoptionAdr(name: string, previous: string, shared: readonly string[]): { path: string; text: string } {
  const title = `Adopt the ops manual for ${name}`;
  const frontMatter = stringify({ id: 1, title, status: 'accepted', date: today(), tags: ['registry'] }, { lineWidth: 0 });
  const body = [
    '## Context',
    '',
    `${name} needs one place that says which repositories belong to it, which contracts they meet through, and why it is shaped the way it is. This manual started as a clone of the example manual of the ${previous}.`,
    '',
    '## Decision',
    '',
    `The registry, the contract catalog and the decision log of ${name} live in this repository. Every member is admitted through the registry with a manifest; members meet only through versioned contracts; every run writes a run record (${shared.join(', ')} are shared by every member); every decision is an ADR here.`,
    '',
    '## Consequences',
    '',
    'The bundled example members, contracts, plugins and decisions were removed; the error taxonomy, the policy pack and the hand-written pages were kept. Members are added with `npm run new -- member`, contracts with `npm run new -- contract`, and `npm run check` guards every change.',
    '',
    '## Alternatives considered',
    '',
    'A wiki page per repository: it cannot be checked against the code, so it drifts.',
    '',
  ].join('\n');
  return { path: `${SOURCE_LAYOUT.adrDir}/${adrNumber(1)}-${slugOf(title)}.md`, text: `---\n${frontMatter}---\n\n${body}` };
}

/** The day of the adoption, where the author is (the ADR's date). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

if (require.main === module) runCli(init);
