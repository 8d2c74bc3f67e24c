import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../load/source-layout';
import type { RepoRegistry } from '../sync/load-registry';
import type { LockEntry } from '../sync/sources-lock';
import { checkMembersUpstream, readMembersFromGit, type GitOptions } from '../sync/sync-from-git';
import { writeGitSync } from '../sync/write-git-sync';
import { gen } from './gen';

/** Repositories read at once: enough to hide network latency, few enough for any server. */
const CONCURRENCY = 4;

/** `sync --from-git [--check]`: the git half of `npm run sync`. */
export async function syncFromGit(root: string, repo: RepoRegistry, flags: { ref: string | undefined; timeoutMs: number; check: boolean }): Promise<number> {
  for (const d of repo.sourcesLockProblems) console.error(formatDiagnostic(d));
  const lock: Readonly<Record<string, LockEntry | undefined>> = repo.sourcesLock?.doc.members ?? {};
  const options: GitOptions = { ref: flags.ref, timeoutMs: flags.timeoutMs, concurrency: CONCURRENCY };

  if (flags.check) {
    // A lock that cannot be read cannot be compared with.
    if (repo.sourcesLockProblems.length > 0) {
      console.error(`sync --check: ${SOURCE_LAYOUT.sourcesLock} is invalid; run \`npm run sync -- --from-git\` to rewrite it. Nothing was compared.`);
      return 1;
    }
    const checked = await checkMembersUpstream(repo, lock, options);
    for (const c of checked) print(c.diagnostics);
    const n = (s: (typeof checked)[number]['state']): number => checked.filter((c) => c.state === s).length;
    console.log(
      `sync --check: ${checked.length} members; ${n('changed')} changed upstream, ${n('up-to-date')} up to date, ${n('unreachable')} unreachable, ${n('reported')} reported, ${n('draft-without-manifest')} drafts without a manifest. Nothing was written.`,
    );
    return n('changed') + n('unreachable') + n('reported') > 0 ? 1 : 0;
  }

  const results = await readMembersFromGit(repo, lock, options);
  for (const r of results) {
    print(r.diagnostics);
    if (r.outcome === 'unreachable' || r.outcome === 'reported') console.error(`left    ${r.target} (unchanged: ${r.member}'s manifest was not synced)`);
    if (r.outcome === 'draft-without-manifest') console.log(`skipped ${r.member} (draft, no manifest yet)`);
  }
  const written = writeGitSync(root, results, lock);
  for (const t of written.created) console.log(`created ${t}`);
  for (const t of written.updated) console.log(`updated ${t}`);
  if (written.lockWritten) console.log(`wrote   ${SOURCE_LAYOUT.sourcesLock}`);
  const genStatus = await gen(['--root', root]);
  const n = (o: (typeof results)[number]['outcome']): number => results.filter((r) => r.outcome === o).length;
  console.log(
    `sync --from-git: ${results.length} members; ${written.created.length} created, ${written.updated.length} updated, ${written.unchanged.length} unchanged, ${n('unreachable')} unreachable, ${n('reported')} reported, ${n('draft-without-manifest')} drafts without a manifest; lock ${written.lockWritten ? 'written' : 'unchanged'}.`,
  );
  return n('unreachable') + n('reported') > 0 || genStatus !== 0 ? 1 : 0;
}

function print(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
}
