import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../load/source-layout';
import type { ValidatedSources } from '../validate/validated-sources';

/**
 * For `npm run relock`: the sources as if the named ids had never been locked, so
 * their current content is locked afresh. Ids that are not locked are reported.
 */
export function forgetLocked(sources: ValidatedSources, ids: readonly string[]): { sources: ValidatedSources; diagnostics: Diagnostic[] } {
  const lock = sources.lock;
  const locked = lock?.doc.contracts ?? {};
  const diagnostics = ids
    .filter((id) => locked[id] === undefined)
    .map((id) => diagnostic('RELOCK_NOT_LOCKED', lock?.file ?? SOURCE_LAYOUT.contractsLock, '/contracts', `${id} is not locked, so there is nothing to re-lock.`, `Locked ids: ${Object.keys(locked).sort().join(', ') || '(none)'}. A new contract is locked by \`npm run gen\`.`));
  if (lock === undefined || ids.length === 0) return { sources, diagnostics };
  const contracts = Object.fromEntries(Object.entries(locked).filter(([id]) => !ids.includes(id)));
  return { sources: { ...sources, lock: { file: lock.file, doc: { ...lock.doc, contracts } } }, diagnostics };
}
