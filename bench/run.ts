import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNED_DIRS, OWNED_FILES } from '../generators/emit/owned-dirs';
import { SOURCE_ROOTS } from '../generators/load/source-layout';
import { command, UsageError } from '../generators/cli/command';
import { runCli } from '../generators/cli/run-cli';
import { impactRows } from './impact';
import { mcpRows } from './mcp';
import { previewRows } from './preview';
import { verifyRows } from './verify';
import { measureNode, type Measurement } from './measure';
import { SIZES, type Size } from './sizes';
import { generatedPages, makeBenchSite, makeFloorSite, REPO_ROOT, write } from './workspace';

const HELP = `Usage: npm run bench [-- --size S|M|L] [--no-build] [--repeat N] [--verify-mb N] [--verify-only]

Builds synthetic ecosystems (S is the bundled example; M and L are seeded and
valid under every rule) in temporary folders and measures cold gen, no-op gen,
check with a cold and a warm cache, gen after one edit of a spec, a schema and
an ADR, the MCP server (ready, first answer, slowest tool, check_sources),
impact between two commits of a git repository of the tree (one contract
changed in place, one manifest),
npm start's live preview (a one-source edit until its page is regenerated and
until the browser shows it; needs Chromium, as the browser tests do), the docusaurus build with and without the validator plugin, and the
peak memory of each, against two floors: (a) reading and hashing every source
and generated file, (b) building a site of as many plain Markdown pages.
After one unreported warm-up build of each site, the three site builds run
interleaved N times (default 3 at S and M, 1 at L) and the median of each is
reported. Prints a table and writes bench/results/<size>.json.
Then \`npm run verify -- run\` over one synthetic partition of N MB (a member
checkout with a valid run record and manifest) against floor (c): readline and
JSON.parse of the same lines (MB/s of each, ratio, peak memory), written to
bench/results/verify.json.

  --size S|M|L   one size (default: all three)
  --no-build     skip the site builds and the live preview
  --repeat N     interleaved site builds per size
  --verify-mb N  size of the verify partition in MB (default 1024; 0 skips it)
  --verify-only  only the verify row, no site sizes
  --json         the rows as JSON instead of tables
  -h, --help     this help`;

interface Row {
  readonly step: string;
  readonly ms: number;
  readonly peakMiB: number;
  readonly floor?: string;
  readonly ratio?: number;
  readonly note?: string;
}

const TSX = ['-r', 'tsx/cjs'];
const DOCUSAURUS = join('node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** The run of median time; peak memory is the highest of all runs. */
function median(runs: readonly Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)] as Measurement;
  return { ...mid, peakMiB: Math.max(...runs.map((m) => m.peakMiB)) };
}

function must(m: Measurement, what: string): Measurement {
  if (m.status !== 0) throw new Error(`${what} failed (exit ${m.status}):\n${m.output.slice(-4000)}`);
  return m;
}

async function benchSize(size: Size | undefined, withBuild: boolean, repeat: number): Promise<Row[]> {
  const name = size?.name ?? 'S';
  const root = makeBenchSite(size);
  const rows: Row[] = [];
  const cli = (command: string): Measurement => must(measureNode([...TSX, join('generators', 'cli', `${command}.ts`)], root), `${name} ${command}`);
  // A warm-up, not reported: the first run of the floor script pays for transpiling it.
  must(measureNode([...TSX, join(REPO_ROOT, 'bench', 'floor-read-hash.ts'), root, ...SOURCE_ROOTS, ...OWNED_DIRS, ...OWNED_FILES], root), 'floor (a)');
  try {
    const cold = cli('gen');
    rows.push({ step: 'gen, cold (no generated files, no cache)', ms: cold.ms, peakMiB: cold.peakMiB, note: summary(cold.output) });
    const floorRead = must(measureNode([...TSX, join(REPO_ROOT, 'bench', 'floor-read-hash.ts'), root, ...SOURCE_ROOTS, ...OWNED_DIRS, ...OWNED_FILES], root), 'floor (a)');
    rows.push({ step: 'floor (a): read + hash all sources and generated files', ms: floorRead.ms, peakMiB: floorRead.peakMiB, note: floorRead.output.trim() });
    const vsA = (m: Measurement): Pick<Row, 'floor' | 'ratio'> => ({ floor: 'a', ratio: m.ms / floorRead.ms });
    const noop = cli('gen');
    rows.push({ step: 'gen, no-op (warm cache)', ms: noop.ms, peakMiB: noop.peakMiB, ...vsA(noop), note: summary(noop.output) });
    rmSync(join(root, '.cache-ops'), { recursive: true, force: true });
    const checkCold = cli('check');
    rows.push({ step: 'check, cold cache (as in CI)', ms: checkCold.ms, peakMiB: checkCold.peakMiB, ...vsA(checkCold) });
    const checkWarm = cli('check');
    rows.push({ step: 'check, warm cache', ms: checkWarm.ms, peakMiB: checkWarm.peakMiB, ...vsA(checkWarm) });
    editOneOfEach(root);
    const incremental = cli('gen');
    rows.push({ step: 'gen after editing one spec, one schema, one ADR', ms: incremental.ms, peakMiB: incremental.peakMiB, ...vsA(incremental), note: summary(incremental.output) });
    rows.push(...(await mcpRows(root)));
    rows.push(...impactRows(root));

    if (withBuild) {
      const env = { DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
      writeFileSync(
        join(root, 'docusaurus.novalidator.config.ts'),
        "import config from './docusaurus.config';\nimport validatorPlugin from './src/plugins/validator';\n\nexport default { ...config, plugins: (config.plugins ?? []).filter((p) => p !== validatorPlugin) };\n",
      );
      rows.push(...(await previewRows(root)));
      const pages = generatedPages(root);
      const average = Math.round(pages.reduce((a, b) => a + b, 0) / Math.max(1, pages.length));
      const floorSite = makeFloorSite(pages.length, average);
      try {
        // One unreported build of each site first: the first build of a fresh folder pays for cold file
        // and transpile caches (+6% at M, more at L), which would otherwise land on whichever build runs first.
        must(measureNode([DOCUSAURUS, 'build', '--out-dir', 'build-warm-up'], root, env), `${name} warm-up build`);
        must(measureNode([DOCUSAURUS, 'build', '--out-dir', 'build-warm-up'], floorSite, env), 'floor (b) warm-up build');
        // Interleaved, so a slow spell of the machine weighs on all three alike; the median of each is reported.
        const runs: Record<'build' | 'bare' | 'floor', Measurement[]> = { build: [], bare: [], floor: [] };
        for (let i = 0; i < repeat; i++) {
          runs.build.push(must(measureNode([DOCUSAURUS, 'build', '--out-dir', 'build'], root, env), `${name} build`));
          runs.bare.push(must(measureNode([DOCUSAURUS, 'build', '--out-dir', 'build-bare', '--config', 'docusaurus.novalidator.config.ts'], root, env), `${name} build without validator`));
          runs.floor.push(must(measureNode([DOCUSAURUS, 'build', '--out-dir', 'build'], floorSite, env), 'floor (b) build'));
        }
        const [build, bare, floorB] = [median(runs.build), median(runs.bare), median(runs.floor)];
        const of = repeat > 1 ? `median of ${repeat} runs` : undefined;
        rows.push({ step: `floor (b): build of ${pages.length} plain pages of ~${average} B`, ms: floorB.ms, peakMiB: floorB.peakMiB, note: of });
        rows.push({ step: 'docusaurus build', ms: build.ms, peakMiB: build.peakMiB, floor: 'b', ratio: build.ms / floorB.ms, note: of });
        rows.push({ step: 'docusaurus build without the validator plugin', ms: bare.ms, peakMiB: bare.peakMiB, note: `validator adds ${(((build.ms - bare.ms) / bare.ms) * 100).toFixed(1)}%${of ? ` (${of})` : ''}` });
      } finally {
        rmSync(floorSite, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

/** A description-only edit of a contract, a plugin spec and an ADR: valid, and each changes some outputs. */
function editOneOfEach(root: string): void {
  const first = (dir: string, pattern: RegExp): string => {
    const name = readdirSync(join(root, dir)).filter((n) => pattern.test(n)).sort()[0];
    if (name === undefined) throw new Error(`nothing to edit in ${dir}`);
    return join(dir, name);
  };
  const schemaPath = first('schemas/contracts', /\.schema\.json$/);
  const schema = JSON.parse(readFileSync(join(root, schemaPath), 'utf8')) as Record<string, unknown>;
  schema['description'] = `${String(schema['description'])} Edited.`;
  write(root, schemaPath, JSON.stringify(schema, null, 2) + '\n');
  const pluginDir = first('registry/plugins', /^[A-Z]/);
  const specPath = join(pluginDir, 'plugin.spec.json');
  const spec = JSON.parse(readFileSync(join(root, specPath), 'utf8')) as Record<string, unknown>;
  spec['description'] = `${String(spec['description'])} Edited.`;
  write(root, specPath, JSON.stringify(spec, null, 2) + '\n');
  const adrPath = first('adr', /\.md$/);
  write(root, adrPath, readFileSync(join(root, adrPath), 'utf8') + '\nEdited.\n');
}

function summary(output: string): string {
  return /(\d+) written, (\d+) removed/.exec(output)?.[0] ?? '';
}

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log('| step | time | peak memory | vs floor | note |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× (${r.floor})`;
    console.log(`| ${r.step} | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMiB.toFixed(0)} MiB | ${ratio} | ${r.note ?? ''} |`);
  }
}

export const bench = command(
  {
    name: 'npm run bench',
    help: HELP,
    options: {
      size: { type: 'string' },
      'no-build': { type: 'boolean' },
      repeat: { type: 'string' },
      'verify-mb': { type: 'string' },
      'verify-only': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  },
  async ({ values }) => {
    const names = (values['verify-only'] === true ? [] : values.size === undefined ? ['S', 'M', 'L'] : [values.size]) as Array<keyof typeof SIZES>;
    for (const n of names) if (!(n in SIZES)) throw new UsageError(`unknown size ${JSON.stringify(n)}: use S, M or L.`);
    const repeat = values.repeat === undefined ? undefined : Number(values.repeat);
    if (repeat !== undefined && !(Number.isInteger(repeat) && repeat > 0)) throw new UsageError(`--repeat takes a whole number of runs, not ${JSON.stringify(values.repeat)}.`);
    const verifyMb = values['verify-mb'] === undefined ? 1024 : Number(values['verify-mb']);
    if (!(Number.isInteger(verifyMb) && verifyMb >= 0)) throw new UsageError(`--verify-mb takes a whole number of MB (0 skips the verify row), not ${JSON.stringify(values['verify-mb'])}.`);
    mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    const results = [];
    for (const n of names) {
      const rows = await benchSize(SIZES[n], values['no-build'] !== true, repeat ?? (n === 'L' ? 1 : 3));
      if (values.json !== true) printTable(`Size ${n}`, rows);
      const result = { size: n, machine: machine(), rows };
      results.push(result);
      writeFileSync(join(REPO_ROOT, 'bench', 'results', `${n}.json`), JSON.stringify(result, null, 2) + '\n');
    }
    let verified = '';
    if (verifyMb > 0) {
      const rows = verifyRows(verifyMb);
      if (values.json !== true) printTable(`Verify (${verifyMb} MB partition)`, rows);
      const result = { size: 'verify', verifyMb, machine: machine(), rows };
      results.push(result);
      writeFileSync(join(REPO_ROOT, 'bench', 'results', 'verify.json'), JSON.stringify(result, null, 2) + '\n');
      verified = ` and verify over ${verifyMb} MB`;
    }
    if (values.json === true) console.log(JSON.stringify(results, null, 2));
    console.log(`bench: ${names.length} size${names.length === 1 ? '' : 's'} measured (${names.join(', ') || 'none'})${verified}; results in bench/results/.`);
    return 0;
  },
);

function machine(): Record<string, unknown> {
  const os = require('node:os') as typeof import('node:os');
  return { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30) };
}

if (require.main === module) runCli(bench);
