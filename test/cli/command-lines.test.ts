import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bench } from '../../bench/run';
import { check } from '../../generators/cli/check';
import { gen } from '../../generators/cli/gen';
import { importCommand } from '../../generators/cli/import';
import newAdr from '../../generators/cli/new-adr';
import newPlugin from '../../generators/cli/new-plugin';
import newMember from '../../generators/cli/new-member';
import newContract from '../../generators/cli/new-contract';
import newVersion from '../../generators/cli/new-version';
import { init } from '../../generators/cli/init';
import { newSource } from '../../generators/cli/new';
import { relock } from '../../generators/cli/relock';
import { sync } from '../../generators/cli/sync';
import { verify } from '../../generators/cli/verify';
import { createAjv } from '../../generators/validate/create-ajv';
import { mcp } from '../../generators/mcp/server';
import { impact } from '../../generators/cli/impact';
import { captureCommand, type CapturedRun } from '../helpers/capture-command';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';
import { goldenUpdate } from '../helpers/update-golden';

type Main = (argv: readonly string[]) => Promise<number>;

/** Every command of package.json, as the script that runs it: each is held to the same command-line rules. */
const COMMANDS: ReadonlyArray<{ script: string; file: string; main: Main; argv?: readonly string[]; dispatch?: Main }> = [
  { script: 'gen', file: 'generators/cli/gen.ts', main: gen },
  { script: 'check', file: 'generators/cli/check.ts', main: check },
  { script: 'relock', file: 'generators/cli/relock.ts', main: relock },
  { script: 'sync', file: 'generators/cli/sync.ts', main: sync },
  { script: 'import', file: 'generators/cli/import.ts', main: importCommand },
  { script: 'mcp', file: 'generators/mcp/server.ts', main: mcp },
  { script: 'impact', file: 'generators/cli/impact.ts', main: impact },
  { script: 'bench', file: 'bench/run.ts', main: bench },
  { script: 'golden:update', file: 'test/helpers/update-golden.ts', main: goldenUpdate },
  { script: 'new', file: 'generators/cli/new.ts', main: newAdr, argv: ['adr'] },
  { script: 'new', file: 'generators/cli/new.ts', main: newPlugin, argv: ['plugin'] },
  { script: 'new', file: 'generators/cli/new.ts', main: newMember, argv: ['member'] },
  { script: 'new', file: 'generators/cli/new.ts', main: newContract, argv: ['contract'] },
  { script: 'new', file: 'generators/cli/new.ts', main: newVersion, argv: ['version'] },
  { script: 'init', file: 'generators/cli/init.ts', main: init },
  { script: 'verify', file: 'generators/cli/verify.ts', main: verify, argv: ['run'], dispatch: verify },
  { script: 'verify', file: 'generators/cli/verify.ts', main: verify, argv: ['ledger'], dispatch: verify },
  { script: 'verify', file: 'generators/cli/verify.ts', main: verify, argv: ['manifest'], dispatch: verify },
];
/** Commands without --root (they work on this checkout only). */
const NO_ROOT = new Set(['bench', 'golden:update']);

type Run = CapturedRun;
const run = captureCommand;

const newOf = (entry: (typeof COMMANDS)[number]): Main => (entry.argv === undefined ? entry.main : (argv) => (entry.dispatch ?? newSource)([...(entry.argv ?? []), ...argv]));
const label = (entry: (typeof COMMANDS)[number]): string => [entry.script, ...(entry.argv ?? [])].join(' ');

describe('every command line is parsed strictly', () => {
  let empty = '';
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'ops-cli-'));
  });
  afterAll(() => rmSync(empty, { recursive: true, force: true }));
  afterEach(() => expect(readdirSync(empty)).toEqual([]));

  it('the table lists every script of package.json that runs a command', () => {
    const scripts = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const tsx = Object.entries(scripts).filter(([, line]) => line.startsWith('tsx '));
    expect(tsx.map(([name, line]) => `${name}: ${line}`).sort()).toEqual([...new Set(COMMANDS.map((c) => `${c.script}: tsx ${c.file}`))].sort());
  });

  describe.each(COMMANDS.map((c) => [label(c), c] as const))('%s', (_, entry) => {
    const main = newOf(entry);

    it.each([['-h'], ['--help']])('%s prints the help and does nothing else', async (flag) => {
      const argv = NO_ROOT.has(entry.script) ? [flag] : ['--root', empty, flag];
      const r = await run(main, argv);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Usage: /);
      expect(r.stderr).toBe('');
    });

    it('an unknown flag exits 1 with the usage', async () => {
      const r = await run(main, ['--nope']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("'--nope'");
      expect(r.stderr).toContain('Usage: ');
      expect(r.stdout).toBe('');
    });

    // Commands without --root have no --root cases.
    if (NO_ROOT.has(entry.script)) return;

    it('--root without a value exits 1 with the usage', async () => {
      const r = await run(main, ['--root']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/--root.*argument missing/);
      expect(r.stderr).toContain('Usage: ');
    });

    it('--root naming no folder exits 1 saying so, not about a missing registry', async () => {
      // Otherwise valid command lines, so the folder is what is wrong.
      const rest: Record<string, readonly string[]> = { relock: ['event.v1'], sync: ['--workspace', empty], import: ['adrs', empty], 'new plugin': ['Probe', '--event', 'post_write'], 'new adr': ['A title'], impact: ['--base', 'HEAD'], 'verify run': ['gpt_eventbus', '--repo', empty], 'verify ledger': ['DedupeKeeper', join(empty, 'ledger.jsonl')], 'verify manifest': ['--repo', empty], 'new member': ['probe', '--role', 'producer', '--bus', 'probe'], 'new contract': ['probe.v1', '--shared'], 'new version': ['event.v1'], init: ['--name', 'Probe', '--yes'] };
      const r = await run(main, ['--root', join(empty, 'nonexistent'), ...(rest[label(entry)] ?? [])]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('is not an existing folder');
      expect(r.stderr).not.toContain('Internal error');
    });
  });

  it('new with an unknown kind, and bench with an unknown size, exit 1 with the usage', async () => {
    const kind = await run(newSource, ['widget']);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('Unknown kind "widget"');
    const size = await run(bench, ['--size', 'X']);
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('unknown size "X"');
    expect(size.stderr).not.toContain('Internal error');
  });

  it('relock takes at least one contract id, and -h is help, not an id', async () => {
    const none = await run(relock, ['--root', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('expected at least 1 argument');
  });

  it('sync reads checkouts or repositories: --workspace and --from-git are one choice, and the git flags need --from-git', async () => {
    const both = await run(sync, ['--root', empty, '--workspace', empty, '--from-git']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--workspace and --from-git are exclusive');
    const check = await run(sync, ['--root', empty, '--workspace', empty, '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('--check needs --from-git');
    const timeout = await run(sync, ['--root', empty, '--from-git', '--timeout', '0']);
    expect(timeout.code).toBe(1);
    expect(timeout.stderr).toContain('is not a number of seconds');
  });

  it('--json and --format are one choice; an unknown format is refused', async () => {
    const both = await run(check, ['--root', empty, '--json', '--format', 'github']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--json and --format are exclusive');
    const odd = await run(gen, ['--root', empty, '--format', 'xml']);
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('--format must be one of text, json, github');
  });
});

/** gen and check as processes: their pipeline loads its modules lazily, as the commands do. */
const cli = (name: 'gen' | 'check', argv: readonly string[]): Run => {
  const r = runCli(name, argv, REPO_ROOT);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

describe('gen and check report in one shape', () => {
  let repo: { root: string; cleanup: () => void };
  const validate = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/gate-report.schema.json'), 'utf8')));
  const report = (r: Run): Record<string, unknown> => {
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    return parsed;
  };
  beforeAll(() => {
    repo = makeTempRepo();
  });
  afterAll(() => repo.cleanup());

  it('when everything is up to date', () => {
    for (const name of ['gen', 'check'] as const) {
      const r = cli(name, ['--root', repo.root, '--json', '--no-cache']);
      expect(r.code, r.stderr).toBe(0);
      expect(report(r)).toMatchObject({ ok: true, diagnostics: [], drift: { missing: [], changed: [], orphaned: [] }, written: [], removed: [] });
    }
  });

  it('when generated files drifted: check names each one, and --format github annotates them', async () => {
    const missing = 'static/schemas/summary.v1.schema.json';
    const orphan = 'docs/contracts/stray.md';
    unlinkSync(join(repo.root, missing));
    writeFileSync(join(repo.root, orphan), '# stray\n');
    try {
      const r = cli('check', ['--root', repo.root, '--json']);
      expect(r.code).toBe(1);
      const drift = report(r)['drift'];
      expect(drift).toEqual({ missing: [{ code: 'GENERATED_MISSING', file: missing }], changed: [], orphaned: [{ code: 'GENERATED_ORPHAN', file: orphan }] });
      const github = cli('check', ['--root', repo.root, '--format', 'github']);
      expect(github.code).toBe(1);
      expect(github.stdout).toContain(`::error file=${missing},title=GENERATED_MISSING::`);
      expect(github.stdout).toContain(`::error file=${orphan},title=GENERATED_ORPHAN::`);
    } finally {
      const fix = cli('gen', ['--root', repo.root]);
      expect(fix.code, fix.stderr).toBe(0);
    }
  });

  it('when a source is wrong: both give the diagnostics, gen writes nothing, and annotations carry line and column', async () => {
    const manifest = join(repo.root, 'registry/projects/summarizer.json');
    const before = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, before.replace(/"kind": "\w+"/, '"kind": "prodcer"'));
    try {
      for (const name of ['gen', 'check'] as const) {
        const r = cli(name, ['--root', repo.root, '--json']);
        expect(r.code).toBe(1);
        const parsed = report(r);
        expect(parsed).toMatchObject({ ok: false, written: [], removed: [] });
        expect((parsed['diagnostics'] as Array<{ code: string; file: string }>).map((d) => [d.code, d.file])).toContainEqual(['SOURCE_SCHEMA_VIOLATION', 'registry/projects/summarizer.json']);
      }
      const github = cli('check', ['--root', repo.root, '--format', 'github']);
      expect(github.stdout).toMatch(/^::error file=registry\/projects\/summarizer\.json,line=\d+,col=\d+,title=SOURCE_SCHEMA_VIOLATION::/m);
    } finally {
      writeFileSync(manifest, before);
    }
  });
});
