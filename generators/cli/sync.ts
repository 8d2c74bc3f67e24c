import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { loadRegistry } from '../sync/load-registry';
import { reconcile } from '../sync/reconcile';
import { syncManifests, type MemberSync } from '../sync/sync-manifests';
import { gen } from './gen';
import { syncFromGit } from './sync-git';
import { command, rootOf, UsageError } from './command';
import { runCli } from './run-cli';

const HELP = `Usage: npm run sync -- --workspace <dir> [--reconcile] [--root <dir>]
       npm run sync -- --from-git [--ref <ref>] [--check] [--timeout <s>] [--root <dir>]

Aggregates member manifests. For every member of registry/registry.json it reads
<dir>/<member>/<manifestFile> (manifestFile is set in registry/registry.json,
default ecosystem.manifest.json), validates it against
schemas/meta/project.schema.json, and writes it to registry/projects/<member>.json
as canonical JSON with the in-repo "$schema". A member whose manifest is missing
or invalid is reported (file, pointer, fix) and its file here is left untouched;
the others are still synced. A draft member without a manifest is skipped.
Afterwards the full pipeline runs, as \`npm run gen\` does.

--reconcile  also compares each member's declared "build" edges with the real
             dependencies of its checkout: package.json (dependencies,
             devDependencies, peerDependencies, optionalDependencies,
             bundleDependencies) and go.mod (require). A dependency points at
             member M when
               npm: its package name, without an @scope/ prefix, is M, or its
                    version spec is a URL of M's repo;
               go:  its module path (without a /vN suffix) is M's repo or lies
                    under it, or its last element is M.
             Repo URLs are compared without scheme, user, .git and #ref.
             A build edge with no such dependency, and such a dependency with
             no build edge, are reported.
--from-git   read each member's manifest from its repository instead: the
             "repo" URL of registry/registry.json (https, ssh or file), the
             manifestFile at its root, at --ref. Nothing is cloned: one commit
             is fetched without file contents (--depth 1 --filter=blob:none)
             and only the manifest's blob is read. Every repository is read
             before anything is written; then each synced manifest is written
             atomically, and registry/sources.lock.json records the repo, ref,
             commit and manifest blob of each. A member that cannot be read is
             reported (SYNC_GIT_UNREACHABLE, with its URL) and keeps its file
             and its lock entry; the others are still synced. git never
             prompts (GIT_TERMINAL_PROMPT=0): use a credential helper or ssh
             keys for private repositories.
--ref        the branch or tag to read (default: each member's ref in the
             lock, else HEAD, the repository's default branch).
--check      with --from-git: compare each member's manifest upstream with
             the lock and report those that changed (SYNC_UPSTREAM_CHANGED),
             writing nothing; only commits and object ids are fetched.
--timeout    seconds each git process may take (default 60).
--root       the repository to update (default: the current directory).
-h, --help   this help

Exits 1 when any member was reported or unreachable, reconcile found a
mismatch, --check found a change, or the pipeline found a problem; 0 otherwise.`;

const OPTIONS = {
  workspace: { type: 'string' },
  reconcile: { type: 'boolean' },
  'from-git': { type: 'boolean' },
  ref: { type: 'string' },
  check: { type: 'boolean' },
  timeout: { type: 'string' },
  root: { type: 'string' },
} as const;

export const sync = command({ name: 'npm run sync', help: HELP, options: OPTIONS }, async ({ values }) => {
  const workspaceArg = values.workspace;
  const fromGit = values['from-git'] === true;
  if (fromGit && workspaceArg !== undefined) throw new UsageError('--workspace and --from-git are exclusive: read manifests from checkouts or from the repositories.');
  if (!fromGit) {
    for (const flag of ['ref', 'check', 'timeout'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --from-git.`);
  }
  if (fromGit && values.reconcile === true) throw new UsageError('--reconcile reads the checkouts of a --workspace; it does not combine with --from-git.');
  if (!fromGit && (workspaceArg === undefined || workspaceArg === '')) throw new UsageError('--workspace <dir> is required (the folder holding one checkout per member), or --from-git.');
  const timeoutMs = timeoutOf(values.timeout);
  if (values.ref === '' || values.ref?.startsWith('-') === true) throw new UsageError(`--ref ${JSON.stringify(values.ref)} is not a branch or tag name.`);
  const root = rootOf(values.root);
  const workspace = fromGit ? '' : rootOf(workspaceArg, '--workspace');
  const loaded = loadRegistry(root);
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) console.error(formatDiagnostic(d));
    console.error('sync: registry/registry.json must be valid before manifests can be synced; nothing was written.');
    return 1;
  }
  const repo = loaded.value;
  if (fromGit) return syncFromGit(root, repo, { ref: values.ref, timeoutMs, check: values.check === true });

  const results = syncManifests(root, workspace, workspaceArg ?? '', repo);
  for (const r of results) printResult(r);

  let reconcileFindings = 0;
  let reconcileSummary = '';
  if (values.reconcile === true) {
    // Re-read: reconcile compares with what registry/projects/ holds now, synced or left alone.
    const after = loadRegistry(root);
    if (after.ok) {
      const repos = new Map(Object.entries(after.value.registry.doc.members).flatMap(([name, e]) => (e === undefined ? [] : [[name, e.repo] as const])));
      const checkedOut = new Map([...after.value.projects].filter(([name]) => existsSync(resolve(workspace, name))));
      const found = reconcile(workspace, workspaceArg ?? '', repos, checkedOut);
      const diagnostics = after.value.locate(found.diagnostics);
      for (const d of diagnostics) console.error(formatDiagnostic(d));
      reconcileFindings = diagnostics.length;
      reconcileSummary = ` reconcile: ${found.checked.length} member${found.checked.length === 1 ? '' : 's'} compared, ${reconcileFindings} mismatch${reconcileFindings === 1 ? '' : 'es'}.`;
    }
  }

  const genStatus = await gen(['--root', root]);
  const count = (o: MemberSync['outcome']): number => results.filter((r) => r.outcome === o).length;
  const reported = count('reported');
  console.log(
    `sync: ${results.length} members; ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${reported} reported, ${count('draft-without-manifest')} drafts without a manifest.${reconcileSummary}`,
  );
  return reported > 0 || reconcileFindings > 0 || genStatus !== 0 ? 1 : 0;
});

/** --timeout <s>: a positive number of seconds, as milliseconds. */
function timeoutOf(value: string | undefined): number {
  if (value === undefined) return 60_000;
  const seconds = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(seconds > 0) || seconds > 3600) throw new UsageError(`--timeout ${JSON.stringify(value)} is not a number of seconds between 0 and 3600.`);
  return Math.round(seconds * 1000);
}

function printResult(r: MemberSync): void {
  switch (r.outcome) {
    case 'reported':
      for (const d of r.diagnostics) console.error(formatDiagnostic(d as Diagnostic));
      console.error(`left    ${r.target} (unchanged: ${r.member}'s manifest was not synced)`);
      break;
    case 'draft-without-manifest':
      console.log(`skipped ${r.member} (draft, no manifest yet)`);
      break;
    case 'unchanged':
      break;
    default:
      console.log(`${r.outcome === 'created' ? 'created' : 'updated'} ${r.target}`);
  }
}

if (require.main === module) runCli(sync);
