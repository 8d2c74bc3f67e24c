import { sha256 } from '../util/hash';

/**
 * Memoisation of expensive pure computations (Markdown serialisation, type
 * compilation, ADR body parsing, contract compilation) by a hash of their
 * input. Transparent: a result is the same with or without it. The store lives
 * in memory for one run and, when a caller loads one, on disk between runs.
 */
interface Store {
  readonly previous: ReadonlyMap<string, unknown>;
  readonly used: Map<string, unknown>;
}

let store: Store = { previous: new Map(), used: new Map() };
let computed = 0;
const pending = new Map<string, Promise<unknown>>();

export function memoized<T>(namespace: string, input: string, compute: () => T): T {
  const key = `${namespace}:${sha256(input)}`;
  if (store.used.has(key)) return store.used.get(key) as T;
  const value = store.previous.has(key) ? (store.previous.get(key) as T) : (computed++, compute());
  store.used.set(key, value);
  return value;
}

export async function memoizedAsync<T>(namespace: string, input: string, compute: () => Promise<T>): Promise<T> {
  const key = `${namespace}:${sha256(input)}`;
  if (store.used.has(key)) return store.used.get(key) as T;
  if (store.previous.has(key)) {
    store.used.set(key, store.previous.get(key));
    return store.previous.get(key) as T;
  }
  // Concurrent callers of the same step share one computation.
  let promise = pending.get(key);
  if (promise === undefined) {
    computed++;
    promise = compute().then((value) => {
      store.used.set(key, value);
      pending.delete(key);
      return value;
    });
    pending.set(key, promise);
  }
  return promise as Promise<T>;
}

/** Starts a run from entries saved by an earlier one (or from nothing). */
export function startMemo(entries: ReadonlyArray<readonly [string, unknown]> = []): void {
  store = { previous: new Map(entries), used: new Map() };
  computed = 0;
}

/** How many memoised steps this run computed, out of how many it needed. */
export function memoStats(): { computed: number; total: number } {
  return { computed, total: store.used.size };
}

/** The entries this run used: saving only these keeps the cache the size of one run. */
export function usedMemoEntries(): Array<[string, unknown]> {
  return [...store.used];
}
