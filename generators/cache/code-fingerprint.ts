import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) hash.update(path.slice(GENERATORS_DIR.length)).update(readFileSync(path));
    }
  };
  walk(GENERATORS_DIR);
  try {
    hash.update(readFileSync(join(REPO_ROOT, 'package-lock.json')));
  } catch {
    hash.update('no-lock');
  }
  cached = hash.digest('hex');
  return cached;
}
