import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFiles } from '../../generators/cache/source-files';
import { Memo } from '../../generators/cache/memo';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import { runPipeline } from '../../generators/index';
import { diskReader } from '../../generators/load/source-reader';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { MUTATIONS, seededRandom, type Change } from './mutations';

/**
 * Fixed, so a failure names a case anyone can replay; MUTATION_SEED explores
 * other ones (MUTATION_CASES well under 300 may not draw every operator).
 */
const SEED = Number(process.env['MUTATION_SEED'] ?? 20261203);
const CASES = Number(process.env['MUTATION_CASES'] ?? 320);
/** The bound on one gate run over a mutated tree. */
const CASE_LIMIT_MS = 10_000;
/** More than this is not a report anyone reads. */
const REPORT_LIMIT = 256 * 1024;

interface Outcome {
  /** The exit code `check` would give: 0 valid, 1 the user's problems, 2 a bug of ours. */
  readonly code: 0 | 1 | 2;
  readonly report: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

/** One gate run over the tree at `root`, classified as the commands classify it. */
async function gateRun(root: string, memo: Memo): Promise<Outcome> {
  const start = performance.now();
  try {
    const result = await runPipeline(diskReader(root), { memo });
    const ms = performance.now() - start;
    if (result.ok) return { code: 0, report: formatDiagnostics(result.warnings), diagnostics: result.warnings, ms };
    return { code: 1, report: formatDiagnostics(result.diagnostics), diagnostics: result.diagnostics, ms };
  } catch (e) {
    return { code: 2, report: e instanceof Error ? (e.stack ?? e.message) : String(e), diagnostics: [], ms: performance.now() - start };
  }
}

/** What makes a report unreadable, or empty when it is fine. */
function unreadable(outcome: Outcome, root: string): string[] {
  const problems: string[] = [];
  if (outcome.code === 2) problems.push(`exit 2: ${outcome.report.slice(0, 600)}`);
  if (outcome.code === 1 && outcome.diagnostics.every((d) => d.severity === 'warning')) problems.push('exit 1 without an error');
  for (const d of outcome.diagnostics) {
    if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(d.code)) problems.push(`odd code ${JSON.stringify(d.code)}`);
    if (d.file === '' || d.file.startsWith('/') || d.file.includes(root)) problems.push(`${d.code}: file ${JSON.stringify(d.file)}`);
    if (d.message.trim() === '') problems.push(`${d.code}: no message`);
    if (d.hint === undefined || d.hint.trim() === '') problems.push(`${d.code}: no fix`);
  }
  if (outcome.report.includes(root)) problems.push('the report names the absolute folder');
  if (/\n\s+at .+:\d+:\d+\)?$/m.test(outcome.report)) problems.push('a stack trace in the report');
  if (outcome.report.length > REPORT_LIMIT) problems.push(`a report of ${outcome.report.length} characters`);
  if (outcome.ms > CASE_LIMIT_MS) problems.push(`took ${Math.round(outcome.ms)} ms`);
  return problems;
}

function applyChange(root: string, path: string, change: Change): void {
  const file = join(root, path);
  rmSync(file, { force: true });
  if (change.kind === 'text') writeFileSync(file, change.text);
  else if (change.kind === 'bytes') writeFileSync(file, change.bytes);
  else if (change.kind === 'symlink') symlinkSync(join(root, change.to), file);
}

describe('seeded mutations of the bundled sources', () => {
  let root = '';
  let paths: readonly string[] = [];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ops-mutation-'));
    paths = sourceFiles(REPO_ROOT).files;
    for (const path of paths) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      copyFileSync(join(REPO_ROOT, path), join(root, path));
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the harness can fail: a crash is exit 2, a stack trace and an absolute path are unreadable', () => {
    const crash: Outcome = { code: 2, report: `TypeError: x\n    at f (${root}/a.ts:1:2)`, diagnostics: [], ms: 1 };
    expect(unreadable(crash, root)).toEqual([expect.stringMatching(/^exit 2/), 'the report names the absolute folder', 'a stack trace in the report']);
  });

  it(`${CASES} mutations each end in a verdict (exit 0 or 1) with a readable report, every one within ${CASE_LIMIT_MS / 1000} s`, async () => {
    // The memo is keyed by what each step reads, so sharing it across cases only skips work on unchanged inputs.
    const memo = new Memo();
    const untouched = await gateRun(root, memo);
    expect(untouched.code, untouched.report).toBe(0);

    const random = seededRandom(SEED);
    const failures: string[] = [];
    const byMutation = new Map<string, { cases: number; refused: number }>();
    let slowest = { ms: 0, name: '' };
    for (let i = 0; i < CASES; i++) {
      const path = paths[Math.floor(random() * paths.length)] as string;
      const applicable = MUTATIONS.filter((m) => m.applies(path));
      const mutation = applicable[Math.floor(random() * applicable.length)]!;
      const original = readFileSync(join(root, path));
      const others = paths.filter((p) => p !== path);
      const name = `#${i} ${mutation.name} of ${path}`;
      applyChange(root, path, mutation.apply(original.toString('utf8'), random, others));
      try {
        const outcome = await gateRun(root, memo);
        for (const problem of unreadable(outcome, root)) failures.push(`${name} (seed ${SEED}): ${problem}`);
        const stats = byMutation.get(mutation.name) ?? { cases: 0, refused: 0 };
        byMutation.set(mutation.name, { cases: stats.cases + 1, refused: stats.refused + (outcome.code === 1 ? 1 : 0) });
        if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, name };
      } finally {
        rmSync(join(root, path), { force: true });
        writeFileSync(join(root, path), original);
      }
    }
    const lines = [...byMutation].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, s]) => `  ${m}: ${s.cases} cases, ${s.refused} refused`);
    console.log(`mutations (seed ${SEED}): ${CASES} cases; slowest ${Math.round(slowest.ms)} ms (${slowest.name})\n${lines.join('\n')}`);
    expect(failures).toEqual([]);
    // Every operator was drawn: the mix is what the cases claim.
    expect([...byMutation.keys()].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  }, 900_000);
});
