import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, normativeSchema } from '../generators/evolution/normative';
import { SOURCE_LAYOUT } from '../generators/load/source-layout';
import { canonicalJson } from '../generators/util/canonical-json';
import { measureNode } from './measure';
import { write } from './workspace';

interface ImpactRow {
  readonly step: string;
  readonly ms: number;
  readonly peakMiB: number;
  readonly note?: string;
}

type Json = Record<string, any>;

/** What a real repository of the manual holds; the dependencies and caches are left out, as .gitignore would. */
const LEFT_OUT = new Set(['node_modules', '.cache-ops', 'build', 'build-bare', 'build-warm-up']);

/**
 * `npm run impact` between two commits of a repository of the bench's tree:
 * the base is the tree as generated, the head changes one contract in place
 * (re-locked, as a PR changing a pre-release contract would be) and one member
 * manifest, regenerated and committed as a PR is. Both sides are read from git
 * objects. Measured twice: without a cache, as in a fresh clone, and with the
 * catalog memo gen left (what a developer has, and what the PR job has after its
 * check). The report is checked to name exactly those two, so each figure is of a
 * run that did the work.
 */
export function impactRows(root: string): ImpactRow[] {
  const repo = mkdtempSync(join(tmpdir(), 'bench-impact-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const cli = (command: string, ...argv: string[]) => measureNode(['-r', 'tsx/cjs', join('generators', 'cli', `${command}.ts`), '--root', repo, ...argv], root);
  try {
    cpSync(root, repo, { recursive: true, filter: (src) => !LEFT_OUT.has(src.slice(root.length + 1).split('/')[0] ?? '') });
    write(repo, '.gitignore', `${[...LEFT_OUT].join('\n')}\n`);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const files = git('ls-files', '-z').split('\0').filter(Boolean).length;
    const { member, contract } = editMemberAndContract(repo);
    // As a PR is made: sources edited, gen run (it leaves its cache), everything committed.
    const gen = cli('gen');
    if (gen.status !== 0) throw new Error(`gen failed (exit ${gen.status}):\n${gen.output.slice(-4000)}`);
    git('add', '-A');
    git('commit', '-qm', 'change one contract in place and one manifest');
    const measure = (): ReturnType<typeof cli> => {
      const run = cli('impact', '--base', 'HEAD~1', '--head', 'HEAD', '--json');
      if (run.status !== 0) throw new Error(`impact failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
      const report = JSON.parse(run.output.slice(run.output.indexOf('{'))) as Json;
      const named = (area: string): string[] => (report[area] as Array<{ id: string }>).map((e) => e.id);
      if (named('contracts').join() !== contract || named('members').join() !== member) {
        throw new Error(`impact named contracts [${named('contracts').join(', ')}] and members [${named('members').join(', ')}]; expected ${contract} and ${member}`);
      }
      return run;
    };
    const cache = join(repo, '.cache-ops');
    renameSync(cache, `${cache}-aside`);
    const cold = measure();
    renameSync(`${cache}-aside`, cache);
    const warm = measure();
    const step = 'impact: two commits, one contract changed in place and one manifest (--json)';
    return [
      { step: `${step}, no cache (a fresh clone)`, ms: cold.ms, peakMiB: cold.peakMiB, note: `${files} files in the tree` },
      { step: `${step}, after gen or check (their catalog memo)`, ms: warm.ms, peakMiB: warm.peakMiB, note: 'the PR job runs check first' },
    ];
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/**
 * The first member reading two or more contracts drops its last input (and the
 * contract edge only that input justified); the first input it keeps gains a
 * bound in place, and its lock entry follows.
 */
function editMemberAndContract(repo: string): { member: string; contract: string } {
  const registry = JSON.parse(readFileSync(join(repo, SOURCE_LAYOUT.registry), 'utf8')) as Json;
  const manifestPath = (name: string): string => join(SOURCE_LAYOUT.projectsDir, `${name}.json`);
  const read = (path: string): Json => JSON.parse(readFileSync(join(repo, path), 'utf8')) as Json;
  const name = Object.keys(registry['members'] as Json)
    .sort()
    .find((m) => (read(manifestPath(m))['inputs'] as string[]).length >= 2);
  if (name === undefined) throw new Error('no member reads two contracts');
  const writers = new Map<string, string>();
  for (const m of Object.keys(registry['members'] as Json)) for (const o of read(manifestPath(m))['outputs'] as Array<{ contract: string }>) writers.set(o.contract, m);
  const manifest = read(manifestPath(name));
  const inputs = (manifest['inputs'] as string[]).slice(0, -1);
  const producers = new Set(inputs.map((id) => writers.get(id)));
  manifest['inputs'] = inputs;
  manifest['dependsOn'] = (manifest['dependsOn'] as Array<{ to: string; kind: string }>).filter((d) => d.kind !== 'contract' || producers.has(d.to));
  write(repo, manifestPath(name), JSON.stringify(manifest, null, 2) + '\n');

  const contract = inputs[0] as string;
  const schemaPath = join(SOURCE_LAYOUT.contractsDir, `${contract}.schema.json`);
  const schema = read(schemaPath);
  // A bound every example already meets: the contract stays valid, and the differ has one change to classify.
  schema['maxProperties'] = 1000;
  write(repo, schemaPath, JSON.stringify(schema, null, 2) + '\n');
  const lock = read(SOURCE_LAYOUT.contractsLock);
  lock['contracts'][contract] = { fingerprint: fingerprint(schema), normative: normativeSchema(schema) };
  write(repo, SOURCE_LAYOUT.contractsLock, canonicalJson(lock));
  return { member: name, contract };
}
