import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../generators/cli/verify';
import { OPS_VERIFY_FILE } from '../../generators/render/tools/tool-paths';
import { captureCommand, type CapturedRun } from '../helpers/capture-command';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { materialiseWorkspace } from '../sync/workspace';

/**
 * The published verifier, static/tools/ops-verify.mjs (drift-checked like every
 * generated file), copied alone to a folder outside the repo and run by node the
 * way a member's CI runs it, prints exactly what `npm run verify` prints, with
 * the same exit code, on every run fixture, the ledgers and the member manifests.
 */
type Run = CapturedRun;

const FIXTURES = join(REPO_ROOT, 'test/fixtures/runs');
const FORMATS: ReadonlyArray<readonly string[]> = [[], ['--json'], ['--format', 'github']];

/** `node ops-verify.mjs <argv>` in `cwd`. */
function standalone(bundle: string, argv: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...argv], { cwd, env: { PATH: process.env['PATH'] ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }));
  });
}

/** `npm run verify -- <argv>` as its script runs it, in this process (one console line per call). */
const manual = (argv: readonly string[]): Promise<Run> => captureCommand(verify, [...argv, '--root', REPO_ROOT]);

describe('ops-verify.mjs prints what npm run verify prints', () => {
  let dir = '';
  let bundle = '';
  let workspace: { dir: string; cleanup: () => void };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ops-verify-published-'));
    bundle = join(dir, 'ops-verify.mjs');
    copyFileSync(join(REPO_ROOT, OPS_VERIFY_FILE), bundle);
    workspace = materialiseWorkspace(REPO_ROOT, 'reconcile');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    workspace.cleanup();
  });

  /** Both verifiers on one command line; the published one from inside the checkout (`--repo .`) when there is one. */
  async function same(argv: readonly string[], checkout?: string): Promise<Run> {
    const local = checkout === undefined ? argv : argv.map((a, i) => (argv[i - 1] === '--repo' ? '.' : a));
    const [published, here] = await Promise.all([standalone(bundle, local, checkout ?? dir), manual(argv)]);
    expect(published).toEqual(here);
    return here;
  }

  const members = ['gpt_eventbus', 'gpt_sessions', 'kb_chunks', 'kb_digests', 'summarizer'];
  const cases = readdirSync(join(FIXTURES, 'cases')).filter((n) => !n.endsWith('.json'));

  it.each(members)('the compliant run of %s, in every format (exit 0)', async (member) => {
    const checkout = join(FIXTURES, member);
    for (const format of FORMATS) expect((await same(['run', '--repo', checkout, '--latest', ...format], checkout)).code).toBe(0);
  });

  // Text and JSON for every case (the JSON is the whole report); GitHub annotations, the same report formatted by the same code, for the first few.
  it.each(cases.map((name, i) => [name, i < 4 ? FORMATS : FORMATS.slice(0, 2)] as const))('case %s (exit 1)', async (name, formats) => {
    const checkout = join(FIXTURES, 'cases', name);
    for (const format of formats) expect((await same(['run', '--repo', checkout, ...format], checkout)).code).toBe(1);
  });

  it('ledgers, valid and invalid', async () => {
    const ledgers = join(FIXTURES, 'ledgers/DedupeKeeper');
    for (const format of FORMATS) {
      expect((await same(['ledger', 'DedupeKeeper', join(ledgers, 'valid.jsonl'), ...format])).code).toBe(0);
      expect((await same(['ledger', 'DedupeKeeper', join(ledgers, 'invalid.jsonl'), ...format])).code).toBe(1);
    }
    expect((await same(['ledger', 'NoSuchPlugin', join(ledgers, 'valid.jsonl')])).code).toBe(1);
  });

  it('member manifests, with --reconcile, on the run fixtures and the sync reconcile workspace', async () => {
    for (const member of members) {
      const checkout = join(FIXTURES, member);
      expect((await same(['manifest', '--repo', checkout, '--reconcile'], checkout)).code).toBe(0);
    }
    const codes: Record<string, number> = {};
    for (const member of readdirSync(workspace.dir)) {
      const checkout = join(workspace.dir, member);
      for (const format of FORMATS) codes[member] = (await same(['manifest', '--repo', checkout, '--reconcile', ...format], checkout)).code;
    }
    // The reconcile workspace declares build edges some members' package.json and go.mod do not back.
    expect(Object.values(codes).filter((c) => c === 1).length).toBeGreaterThan(0);
  });

  it('mistakes are the user’s (exit 1): an unknown member the same way, a bad flag with each one’s own usage', async () => {
    const unknown = await same(['run', 'no_such_member', '--repo', join(FIXTURES, 'summarizer')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^"no_such_member" is not an admitted member\. Members: gpt_eventbus, /);
    const flag = await standalone(bundle, ['run', '--repo', '.', '--root', '.'], dir);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^node ops-verify\.mjs run: Unknown option '--root'/);
    expect(flag.stderr).toContain('Usage: node ops-verify.mjs run [<member>] --repo <checkout>');
    const help = await standalone(bundle, ['--help'], dir);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('node ops-verify.mjs manifest --repo <checkout> [--reconcile]');
  });
});
