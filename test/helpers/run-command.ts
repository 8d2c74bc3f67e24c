import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-reader';

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

/** Runs one of the repo's CLIs (`generators/cli/<name>.ts`) as a real process, as npm would. */
export function runCli(name: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CommandResult {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(cwd, 'generators', 'cli', `${name}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}

/** `docusaurus build` in `cwd`, without the persistent cache so a gate build never reuses stale output. */
export function runDocusaurusBuild(cwd: string, outDir = 'build'): CommandResult {
  const bin = join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
  const r = spawnSync(bin, ['build', '--out-dir', outDir], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}
