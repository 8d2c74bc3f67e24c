import { diffSchemas, type ContractLookup, type SchemaChange } from '../evolution/diff-schemas';
import { normativeSchema } from '../evolution/normative';
import type { Catalog, Contract } from './catalog';
import { contractVersions } from './contract-usage';

export interface VersionComparison {
  readonly older: Contract;
  readonly newer: Contract;
  /** Classified changes from `older` to `newer` (following refs into other contracts), as the differ sorts them. */
  readonly changes: readonly SchemaChange[];
}

// Every version's page shows the whole family's comparisons: compute them once per family and catalog.
// Not kept in the run memo: a diff is cheaper than the key that would capture every contract it may follow a ref into,
// and the page holding it is memoised on its whole tree anyway.
const computed = new WeakMap<Catalog, { lookup: ContractLookup; families: Map<string, VersionComparison[]> }>();

/**
 * Every pair of versions of the contract's family, older → newer (not only
 * consecutive ones), compared by the one structural differ; ordered by the
 * older version, then the newer. Empty for a family of one version.
 */
export function familyComparisons(catalog: Catalog, contract: Contract): VersionComparison[] {
  const state = stateOf(catalog);
  const known = state.families.get(contract.family);
  if (known !== undefined) return known;
  const versions = contractVersions(catalog, contract);
  const pairs = versions.flatMap((older, i) =>
    versions.slice(i + 1).map((newer) => ({ older, newer, changes: diffSchemas(state.lookup(older.id), state.lookup(newer.id), { old: state.lookup, new: state.lookup }) })),
  );
  state.families.set(contract.family, pairs);
  return pairs;
}

/** The comparison of two versions of one family, older first; undefined when they are not. */
export function versionComparison(catalog: Catalog, older: Contract, newer: Contract): VersionComparison | undefined {
  return familyComparisons(catalog, older).find((p) => p.older.id === older.id && p.newer.id === newer.id);
}

function stateOf(catalog: Catalog): { lookup: ContractLookup; families: Map<string, VersionComparison[]> } {
  const known = computed.get(catalog);
  if (known !== undefined) return known;
  const byId = new Map(catalog.contracts.map((c) => [c.id, c]));
  const normative = new Map<string, unknown>();
  const lookup: ContractLookup = (id) => {
    if (!normative.has(id)) normative.set(id, byId.has(id) ? normativeSchema(byId.get(id)?.schema) : undefined);
    return normative.get(id);
  };
  const state = { lookup, families: new Map<string, VersionComparison[]>() };
  computed.set(catalog, state);
  return state;
}
