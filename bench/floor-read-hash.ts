import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { walkFiles } from '../generators/util/walk-files';
import { join } from 'node:path';

/**
 * Floor (a): the least any no-op gen or check must do — read every source and
 * every generated file and hash them. Run as `node -r tsx/cjs floor-read-hash.ts <root> <dir>...`.
 */
const [root, ...dirs] = process.argv.slice(2);
let files = 0;
let bytes = 0;
const hash = createHash('sha256');
for (const dir of dirs) {
  const base = root ?? '.';
  // A single file (the contracts lock) is walked as its folder's file of that name.
  const single = statSync(join(base, dir), { throwIfNoEntry: false })?.isFile() === true;
  const paths = single ? [dir] : walkFiles(base, dir).files;
  for (const path of paths) {
    const content = readFileSync(join(base, path));
    hash.update(content);
    files++;
    bytes += content.length;
  }
}
console.log(`${files} files, ${bytes} bytes, ${hash.digest('hex').slice(0, 12)}`);
