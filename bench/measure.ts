import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  readonly ms: number;
  /** Peak resident set size of the largest process of the command, in MiB. */
  readonly peakMiB: number;
  readonly status: number | null;
  readonly output: string;
}

const RSS_HOOK = join(__dirname, 'report-rss.cjs');

/**
 * Runs `node <args>` with the RSS hook preloaded (inherited by node child
 * processes through NODE_OPTIONS) and measures wall time.
 */
export function measureNode(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(dir, 'rss');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} -r ${RSS_HOOK}`.trim() },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let peakKiB = 0;
  try {
    for (const line of readFileSync(rssFile, 'utf8').split('\n')) peakKiB = Math.max(peakKiB, Number(line) || 0);
  } catch {
    // A process killed before exit leaves no record.
  }
  rmSync(dir, { recursive: true, force: true });
  return { ms, peakMiB: peakKiB / 1024, status: r.status, output: `${r.stdout}${r.stderr}` };
}
