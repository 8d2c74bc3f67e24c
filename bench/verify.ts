import { createHash } from 'node:crypto';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from '../generators/util/canonical-json';
import { measureNode, type Measurement } from './measure';
import { REPO_ROOT } from './workspace';

interface VerifyRow {
  readonly step: string;
  readonly ms: number;
  readonly peakMiB: number;
  readonly floor?: string;
  readonly ratio?: number;
  readonly note?: string;
}

/** The member whose compliant fixture run is blown up to a large partition: one JSONL output and its manifest. */
const MEMBER = 'kb_chunks';
const PARTITION = 'bus/chunks/2024-05-14';
const TSX = ['-r', 'tsx/cjs'];
/** verify loads its sub-commands with import(), which the CommonJS hook alone does not resolve. */
const TSX_ESM = ['--import', 'tsx'];

/**
 * `npm run verify -- run` over one large synthetic partition, against floor (c):
 * reading the same file with node:readline and JSON.parse per line. The checkout
 * is the compliant kb_chunks fixture with its chunks.jsonl grown to `mb` MiB of
 * distinct valid records and its manifest's sha256 and count rewritten to match,
 * so verify runs every rule to the end and finds nothing.
 */
export function verifyRows(mb: number): VerifyRow[] {
  const repo = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  try {
    cpSync(join(REPO_ROOT, 'test', 'fixtures', 'runs', MEMBER), repo, { recursive: true });
    const data = join(repo, PARTITION, 'chunks.jsonl');
    const { bytes, records, sha256 } = writePartition(data, readFileSync(data, 'utf8').split('\n')[0] ?? '', mb * 1e6);
    const manifestPath = join(repo, PARTITION, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Array<{ path: string; sha256: string; records: number }> };
    manifest.files = manifest.files.map((f) => (f.path === 'chunks.jsonl' ? { ...f, sha256, records } : f));
    writeFileSync(manifestPath, canonicalJson(manifest));
    const MB = bytes / 1e6;
    const rate = (m: Measurement): string => `${(MB / (m.ms / 1000)).toFixed(1)} MB/s`;
    // A warm-up of each, not reported: the first run pays for transpiling and a cold page cache.
    const floorArgs = [...TSX, join(REPO_ROOT, 'bench', 'floor-read-jsonl.ts'), data];
    const verifyArgs = [...TSX_ESM, join(REPO_ROOT, 'generators', 'cli', 'verify.ts'), 'run', MEMBER, '--repo', repo, '--latest'];
    must(measureNode(floorArgs, REPO_ROOT), 'floor (c)');
    const floor = must(measureNode(floorArgs, REPO_ROOT), 'floor (c)');
    const verify = must(measureNode(verifyArgs, REPO_ROOT), 'verify run');
    const size = `${MB.toFixed(0)} MB, ${records} lines`;
    return [
      { step: `floor (c): readline + JSON.parse of a ${size} partition`, ms: floor.ms, peakMiB: floor.peakMiB, note: rate(floor) },
      {
        step: `verify run ${MEMBER} --latest (${size})`,
        ms: verify.ms,
        peakMiB: verify.peakMiB,
        floor: 'c',
        ratio: verify.ms / floor.ms,
        note: `${rate(verify)}, ${((floor.ms / verify.ms) * 100).toFixed(0)}% of the floor's throughput; ${verify.output.trim().split('\n').pop() ?? ''}`,
      },
    ];
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/**
 * Writes about `target` bytes of records made from `example`, each with its own
 * id and ordinal, in batches (never the whole file in memory); returns what the
 * manifest must say of it.
 */
function writePartition(path: string, example: string, target: number): { bytes: number; records: number; sha256: string } {
  const base = JSON.parse(example) as Record<string, unknown>;
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  let bytes = 0;
  let records = 0;
  try {
    while (bytes < target) {
      const batch: string[] = [];
      for (let i = 0; i < 10_000; i++, records++) {
        batch.push(JSON.stringify({ ...base, id: `chk_${records.toString(16).padStart(16, '0')}`, ordinal: records }));
      }
      const chunk = Buffer.from(batch.join('\n') + '\n');
      hash.update(chunk);
      writeSync(fd, chunk);
      bytes += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, records, sha256: hash.digest('hex') };
}

function must(m: Measurement, what: string): Measurement {
  if (m.status !== 0) throw new Error(`${what} failed (exit ${m.status}):\n${m.output.slice(-4000)}`);
  return m;
}
