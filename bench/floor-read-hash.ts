import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Floor (a): the least any no-op gen or check must do — read every source and
 * every generated file and hash them. Run as `node -r tsx/cjs floor-read-hash.ts <root> <dir>...`.
 */
const [root, ...dirs] = process.argv.slice(2);
let files = 0;
let bytes = 0;
const hash = createHash('sha256');
const walk = (path: string): void => {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  else {
    const content = readFileSync(path);
    hash.update(content);
    files++;
    bytes += content.length;
  }
};
for (const dir of dirs) walk(join(root ?? '.', dir));
console.log(`${files} files, ${bytes} bytes, ${hash.digest('hex').slice(0, 12)}`);
