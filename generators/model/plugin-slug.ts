/**
 * The slug part of a plugin id, from its name: `ConflictResolverStrategyA` →
 * `conflict-resolver-strategy-a`, `HTTPFetcher` → `http-fetcher`. Only the
 * scaffold uses it: an id is kept when a plugin is renamed.
 */
export function pluginSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
