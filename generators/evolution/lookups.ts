import type { ContractsLock } from '../../src/types/sources';
import { contractIdOf } from '../model/contract-id';
import type { ValidatedSources } from '../validate/validated-sources';
import type { ContractLookup } from './diff-schemas';
import { normativeSchema } from './normative';

/** Normative schemas of the contracts as they are now, by id. */
export function currentLookup(sources: Pick<ValidatedSources, 'contracts'>): ContractLookup {
  const byId = new Map(sources.contracts.map((c) => [contractIdOf(c.file), c.doc]));
  const cache = new Map<string, unknown>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, byId.has(id) ? normativeSchema(byId.get(id)) : undefined);
    return cache.get(id);
  };
}

/** Normative schemas of the contracts as locked, by id. */
export function lockedLookup(lock: ContractsLock | undefined): ContractLookup {
  return (id) => lock?.contracts[id]?.normative;
}
