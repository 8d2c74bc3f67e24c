import { parseContractId } from './contract-id';

/**
 * The newest later version of a contract that some member emits, if any: the
 * version that supersedes it. A version stays published after it is superseded.
 */
export function supersedingVersion(
  id: string,
  contractIds: Iterable<string>,
  emitters: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const parsed = parseContractId(id);
  if (parsed === undefined) return undefined;
  let best: { id: string; major: number } | undefined;
  for (const other of contractIds) {
    const p = parseContractId(other);
    if (p === undefined || p.family !== parsed.family || p.major <= parsed.major) continue;
    if ((emitters.get(other) ?? []).length === 0) continue;
    if (best === undefined || p.major > best.major) best = { id: other, major: p.major };
  }
  return best?.id;
}
