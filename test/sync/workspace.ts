import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixture-reader';

export const MEMBER_SCHEMA_URL = 'https://ops-manual.example.org/schemas/meta/project.schema.json';

/**
 * A temporary workspace: one checkout per manifest in `<root>/registry/projects/`,
 * holding it as a member repo does (absolute `$schema`), with the fixture case
 * `test/fixtures/workspaces/<name>/` laid over it and its `remove.txt` paths taken out.
 */
export function materialiseWorkspace(root: string, name: string, manifestFile = 'ecosystem.manifest.json'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ops-workspace-'));
  const projects = join(root, 'registry', 'projects');
  for (const file of readdirSync(projects).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(projects, file), 'utf8')) as Record<string, unknown>;
    mkdirSync(join(dir, file.replace(/\.json$/, '')), { recursive: true });
    writeFileSync(join(dir, file.replace(/\.json$/, ''), manifestFile), JSON.stringify({ ...doc, $schema: MEMBER_SCHEMA_URL }, null, 2) + '\n');
  }
  const fixture = join(REPO_ROOT, 'test', 'fixtures', 'workspaces', name);
  for (const entry of readdirSync(fixture, { withFileTypes: true })) {
    if (entry.isDirectory()) cpSync(join(fixture, entry.name), join(dir, entry.name), { recursive: true });
  }
  const removeFile = join(fixture, 'remove.txt');
  if (existsSync(removeFile)) {
    for (const path of readFileSync(removeFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
      if (!existsSync(join(dir, path))) throw new Error(`workspace ${name}: remove.txt names ${path}, which the base does not have`);
      rmSync(join(dir, path));
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
