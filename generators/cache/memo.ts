import { AsyncLocalStorage } from 'node:async_hooks';
import { sha256 } from '../util/hash';

/**
 * Memoisation of expensive pure computations (Markdown serialisation, type
 * compilation, ADR body parsing, contract compilation) by a hash of their
 * input. Transparent: a result is the same with or without it.
 *
 * A `Memo` is an explicit object: the pipeline is given one (`runPipeline(reader,
 * { memo })`) and every memoised step of that run uses it, found through the
 * run's async context. Two pipelines in one process (the dev server, tests, the
 * MCP server) each have their own and can never share results by accident; code
 * running outside any pipeline computes everything.
 */
export class Memo {
  private readonly previous: ReadonlyMap<string, unknown>;
  private readonly used = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private computedCount = 0;
  private catalogKeys: ReadonlySet<string> | undefined;
  private readonly scratchMaps = new Map<string, Map<string, unknown>>();

  /** Starts from entries saved by an earlier run (or from nothing). */
  constructor(entries: ReadonlyArray<readonly [string, unknown]> = []) {
    this.previous = new Map(entries);
  }

  get<T>(namespace: string, input: string, compute: () => T): T {
    const key = `${namespace}:${sha256(input)}`;
    if (this.used.has(key)) return this.used.get(key) as T;
    let value: T;
    if (this.previous.has(key)) value = this.previous.get(key) as T;
    else {
      this.computedCount++;
      value = compute();
    }
    this.used.set(key, value);
    return value;
  }

  async getAsync<T>(namespace: string, input: string, compute: () => Promise<T>): Promise<T> {
    const key = `${namespace}:${sha256(input)}`;
    if (this.used.has(key)) return this.used.get(key) as T;
    if (this.previous.has(key)) {
      this.used.set(key, this.previous.get(key));
      return this.previous.get(key) as T;
    }
    // Concurrent callers of the same step share one computation.
    let promise = this.pending.get(key);
    if (promise === undefined) {
      this.computedCount++;
      promise = compute().then((value) => {
        this.used.set(key, value);
        this.pending.delete(key);
        return value;
      });
      this.pending.set(key, promise);
    }
    return promise as Promise<T>;
  }

  /**
   * A map that lives as long as this memo and is never saved: for results of
   * pure steps too small and too frequent to be worth hashing (the escaping of
   * one text node), shared by every page of the run.
   */
  scratch<T>(name: string): Map<string, T> {
    let map = this.scratchMaps.get(name);
    if (map === undefined) {
      map = new Map();
      this.scratchMaps.set(name, map);
    }
    return map as Map<string, T>;
  }

  /** How many memoised steps this run computed, out of how many it needed. */
  stats(): { computed: number; total: number } {
    return { computed: this.computedCount, total: this.used.size };
  }

  /**
   * Marks the entries used so far as the catalog's (load → validate → model), once:
   * they are saved apart from the render entries, so a tool that needs only the
   * catalog (impact, verify, the MCP server) reads a small file, not the pages'.
   */
  markCatalogPhase(): void {
    this.catalogKeys ??= new Set(this.used.keys());
  }

  /** The entries this run used (of one phase, or all): saving only these keeps the cache the size of one run. */
  usedEntries(phase?: 'catalog' | 'render'): Array<[string, unknown]> {
    const entries = [...this.used];
    if (phase === undefined) return entries;
    const catalog = this.catalogKeys ?? new Set<string>();
    return entries.filter(([key]) => catalog.has(key) === (phase === 'catalog'));
  }
}

const current = new AsyncLocalStorage<Memo>();

/** Runs `work` with `memo` as the memo of every memoised step it reaches. */
export function withMemo<T>(memo: Memo, work: () => T): T {
  return current.run(memo, work);
}

export function memoized<T>(namespace: string, input: string, compute: () => T): T {
  const memo = current.getStore();
  return memo === undefined ? compute() : memo.get(namespace, input, compute);
}

/** The current run's scratch map `name` (see `Memo.scratch`); undefined outside any run. */
export function scratchMap<T>(name: string): Map<string, T> | undefined {
  return current.getStore()?.scratch<T>(name);
}

export function memoizedAsync<T>(namespace: string, input: string, compute: () => Promise<T>): Promise<T> {
  const memo = current.getStore();
  return memo === undefined ? compute() : memo.getAsync(namespace, input, compute);
}
