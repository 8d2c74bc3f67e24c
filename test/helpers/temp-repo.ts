import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './fixture-reader';

/** What a checkout needs to run gen, check and docusaurus build. */
const COPIED = ['adr', 'schemas', 'registry', 'docs', 'src', 'static', 'generators', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];

/**
 * A temporary copy of the repo (node_modules linked, not copied), for tests that
 * write files or build the site. Tests never write into the source tree.
 */
export function makeTempRepo(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ops-manual-'));
  for (const entry of COPIED) {
    try {
      cpSync(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
