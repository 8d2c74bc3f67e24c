import { compareStrings } from '../util/canonical-json';
import { deepFreeze } from '../util/deep-freeze';
import type { ValidatedSources } from '../validate/validated-sources';
import type { Catalog, Contract, Member } from './catalog';
import { collectRefs, contractIdOf, parseContractId, refTarget } from './contract-id';
import { handWrittenRoute } from './page-route';

/** Model: derive the catalog from validated sources. Called only when validation found nothing. */
export function buildCatalog(sources: ValidatedSources): Catalog {
  const registry = sources.registry;
  if (registry === undefined) throw new Error('buildCatalog called without a valid registry');
  const manifests = new Map(sources.projects.map((p) => [p.doc.name, p]));
  const members: Member[] = Object.entries(registry.doc.members)
    .flatMap(([name, entry]) => (entry === undefined ? [] : [{ name, repo: entry.repo, draft: entry.draft ?? false, manifest: manifests.get(name) }]))
    .sort((a, b) => compareStrings(a.name, b.name));

  const shared = new Set(registry.doc.sharedContracts ?? []);
  const contracts: Contract[] = sources.contracts
    .map(({ file, doc }) => {
      const id = contractIdOf(file);
      const parsed = parseContractId(id) ?? { family: id, major: 0 };
      const refs = new Set<string>();
      for (const { ref } of collectRefs(doc)) {
        const target = refTarget(ref);
        if (typeof target === 'object') refs.add(target.id);
      }
      const producers = members.filter((m) => m.manifest?.doc.outputs.some((o) => o.contract === id)).map((m) => m.name);
      const consumers = members.filter((m) => m.manifest?.doc.inputs.includes(id)).map((m) => m.name);
      return { id, ...parsed, file, schema: doc, refs: [...refs].sort(compareStrings), shared: shared.has(id), producers, consumers };
    })
    .sort((a, b) => compareStrings(a.id, b.id));

  return deepFreeze({
    registry,
    members,
    contracts,
    lock: sources.lock,
    errorTaxonomy: sources.errorTaxonomy,
    policyPack: sources.policyPack,
    plugins: [...sources.plugins].sort((a, b) => compareStrings(a.doc.plugin_name, b.doc.plugin_name)),
    adrs: [...sources.adrs].sort((a, b) => a.doc.id - b.doc.id),
    meta: [...sources.meta].sort((a, b) => compareStrings(a.name, b.name)),
    pages: sources.pages.map((p) => ({ ...p, route: handWrittenRoute(p.file, p.doc) })).sort((a, b) => compareStrings(a.file, b.file)),
  });
}
