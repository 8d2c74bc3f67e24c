import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEMBER_SCHEMA_URL } from './workspace';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Remotes {
  /** The folder holding `<member>.git` bare repositories. */
  readonly dir: string;
  readonly urlOf: (member: string) => string;
  /** Commits a change to a member's manifest upstream (on `branch`); returns the new commit. */
  readonly commit: (member: string, edit: (doc: Record<string, unknown>) => void, branch?: string) => string;
  readonly cleanup: () => void;
}

/**
 * One bare repository per manifest in `<root>/registry/projects/`, in a temp
 * folder, holding it at its root as a member repo does (absolute `$schema`, plus
 * a README so the tree has more than the manifest), with `main` as the default
 * branch (all but kb_chunks allow filtered fetches); and registry/registry.json of `root` rewritten to their `file://` URLs.
 */
export function makeRemotes(root: string, manifestFile = 'ecosystem.manifest.json'): Remotes {
  const dir = mkdtempSync(join(tmpdir(), 'ops-remotes-'));
  const projects = join(root, 'registry', 'projects');
  const urlOf = (member: string): string => pathToFileURL(join(dir, `${member}.git`)).href;
  const work = (member: string): string => join(dir, 'work', member);
  for (const file of readdirSync(projects).filter((f) => f.endsWith('.json'))) {
    const member = file.replace(/\.json$/, '');
    const doc = JSON.parse(readFileSync(join(projects, file), 'utf8')) as Record<string, unknown>;
    git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', `${member}.git`);
    // Lets the fetch leave out file contents, as GitHub and GitLab do; kb_chunks's server
    // does not, so the fallback (the commit's whole tree, no history) is exercised too.
    if (member !== 'kb_chunks') git(join(dir, `${member}.git`), 'config', 'uploadpack.allowFilter', 'true');
    mkdirSync(work(member), { recursive: true });
    git(work(member), 'init', '--quiet', '--initial-branch=main');
    writeFileSync(join(work(member), manifestFile), JSON.stringify({ ...doc, $schema: MEMBER_SCHEMA_URL }, null, 2) + '\n');
    writeFileSync(join(work(member), 'README.md'), `# ${member}\n`);
    git(work(member), 'add', '.');
    git(work(member), 'commit', '--quiet', '-m', 'Add the manifest');
    git(work(member), 'push', '--quiet', urlOf(member), 'main');
  }
  const registryPath = join(root, 'registry', 'registry.json');
  const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as { members: Record<string, { repo: string }> };
  for (const [member, entry] of Object.entries(registry.members)) entry.repo = urlOf(member);
  writeFileSync(registryPath, JSON.stringify(registry, null, 2) + '\n');

  const commit = (member: string, edit: (doc: Record<string, unknown>) => void, branch = 'main'): string => {
    const cwd = work(member);
    git(cwd, 'checkout', '--quiet', '-B', branch);
    const path = join(cwd, manifestFile);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    edit(doc);
    writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
    git(cwd, 'commit', '--quiet', '-am', 'Change the manifest');
    git(cwd, 'push', '--quiet', '--force', urlOf(member), branch);
    const head = git(cwd, 'rev-parse', 'HEAD').trim();
    git(cwd, 'checkout', '--quiet', 'main');
    return head;
  };
  return { dir, urlOf, commit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
