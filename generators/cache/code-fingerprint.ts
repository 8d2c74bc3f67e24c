import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { walkFiles } from '../util/walk-files';
import { join } from 'node:path';

const GENERATORS_DIR = join(__dirname, '..');
const REPO_ROOT = join(GENERATORS_DIR, '..');

let cached: string | undefined;

/**
 * What the output depends on besides the sources: every file of the generator
 * code, the exact installed dependency versions (package-lock.json) and the
 * Node version. Any change invalidates every cache.
 */
export function codeFingerprint(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256').update(process.version);
  for (const path of walkFiles(GENERATORS_DIR).files) if (path.endsWith('.ts')) hash.update(`/${path}`).update(readFileSync(join(GENERATORS_DIR, path)));
  try {
    hash.update(readFileSync(join(REPO_ROOT, 'package-lock.json')));
  } catch {
    hash.update('no-lock');
  }
  cached = hash.digest('hex');
  return cached;
}
