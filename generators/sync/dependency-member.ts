import type { RealDependency } from './member-dependencies';

/**
 * The rule that says which member a real dependency points at (printed by `sync --help`):
 * - npm: the package name, without an `@scope/` prefix, equals the member name; or the
 *   version spec is a git/https URL of the member's repo;
 * - go: the module path (without a `/vN` major suffix) is the member's repo or lies
 *   under it, or its last element equals the member name.
 * Repo URLs are compared without scheme, user, `.git` suffix and `#ref`, so
 * `git+ssh://git@git.example.org/pipeline/x.git#v1` matches `https://git.example.org/pipeline/x`.
 */
export function dependencyMember(dep: RealDependency, members: ReadonlyMap<string, string>): string | undefined {
  for (const [name, repo] of members) {
    const repoKey = repoKeyOf(repo);
    if (dep.ecosystem === 'npm') {
      if (dep.name.replace(/^@[^/]+\//, '') === name) return name;
      if (repoKey !== undefined && repoKeyOf(dep.spec) === repoKey) return name;
    } else {
      const module = dep.name.replace(/\/v[0-9]+$/, '');
      if (repoKey !== undefined && (module === repoKey || module.startsWith(`${repoKey}/`))) return name;
      if (module.slice(module.lastIndexOf('/') + 1) === name) return name;
    }
  }
  return undefined;
}

/** `host/path` of a repository URL (https, git+https, ssh, scp-like `git@host:path`), or undefined. */
export function repoKeyOf(url: string): string | undefined {
  let s = url.trim().replace(/^git\+/, '').replace(/#.*$/, '');
  const scpLike = /^[^/@:]+@([^/:]+):(.+)$/.exec(s);
  if (scpLike !== null) s = `${scpLike[1]}/${scpLike[2]}`;
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^/@]*@/, '');
  else return undefined;
  s = s.replace(/\/+$/, '').replace(/\.git$/, '');
  return s.includes('/') ? s.toLowerCase() : undefined;
}
