import { Memo, withMemo } from '../cache/memo';
import { loadCatalogMemo } from '../cache/memo-file';
import { sourceStamp } from '../cache/source-stamp';
import { loadCatalog, type CatalogResult } from '../catalog';
import { diskReader } from '../load/source-reader';
import type { PlannedFiles } from '../render/generator';

/** The manual as one load of the working tree saw it. */
export interface ManualSnapshot {
  readonly result: CatalogResult;
  /** Everything the sources generate (pages, their Markdown copies, llms.txt), rendered on first use. */
  plan(): Promise<PlannedFiles>;
}

/**
 * The working tree's catalog for a long-running reader, through the one entry
 * point (`loadCatalog(diskReader(root))`), reloaded when the sources change.
 *
 * Why a stamp and not a file watcher: before each answer the stamp (path, size
 * and mtime of every source file; no file is read) is compared with the last
 * load's, so an answer never comes from sources older than the call, whatever
 * edited them (an editor, git, a script), and nothing runs between calls.
 * Memoised steps carry over from one load to the next, so a reload after one
 * edit recomputes only what the edit touched.
 */
export class ManualState {
  private memo: Memo;
  private stamp: string | undefined;
  private snapshot: ManualSnapshot | undefined;
  private loads = 0;

  constructor(readonly root: string) {
    // The first load starts from what the last gen or check here computed (read, never written).
    this.memo = loadCatalogMemo(root);
  }

  /** The current snapshot, reloading first when any source changed since the last one. */
  current(): ManualSnapshot {
    const stamp = sourceStamp(this.root);
    if (this.snapshot !== undefined && stamp === this.stamp) return this.snapshot;
    // Only what the last load used: the memo stays the size of one load.
    this.memo = this.loads === 0 ? this.memo : new Memo(this.memo.usedEntries());
    const memo = this.memo;
    const result = loadCatalog(diskReader(this.root), { memo });
    this.loads++;
    let planned: Promise<PlannedFiles> | undefined;
    this.stamp = stamp;
    this.snapshot = {
      result,
      plan: () => {
        if (!result.ok) return Promise.reject(new Error('the sources have problems'));
        // Loaded on first use: answering tools needs none of the renderers.
        const { render } = require('../render') as typeof import('../render');
        planned ??= withMemo(memo, () => render(result.catalog));
        return planned;
      },
    };
    return this.snapshot;
  }

  /** How many times the catalog was loaded (the first load and every reload). */
  get loadCount(): number {
    return this.loads;
  }
}
