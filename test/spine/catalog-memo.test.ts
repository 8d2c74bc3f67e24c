import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Memo, withMemo } from '../../generators/cache/memo';
import { loadCatalogMemo, loadMemo, saveMemo } from '../../generators/cache/memo-file';
import { loadCatalog } from '../../generators/catalog';
import { render } from '../../generators/render';
import { diskReader } from '../../generators/load/source-reader';
import { REPO_ROOT } from '../helpers/fixture-reader';

/**
 * gen and check save the catalog's memo entries apart from the pages', so the
 * tools that need only the catalog (impact, verify, the MCP server) start from
 * them by reading a small file.
 */
describe('the catalog memo', () => {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'ops-catalog-memo-'));
  afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));

  it('holds every step loadCatalog needs and nothing of the pages', async () => {
    const memo = new Memo();
    const first = loadCatalog(diskReader(REPO_ROOT), { memo });
    expect(first.ok).toBe(true);
    const catalogSteps = memo.stats().total;
    expect(catalogSteps).toBeGreaterThan(0);
    if (first.ok) await withMemo(memo, () => render(first.catalog));
    expect(memo.stats().total).toBeGreaterThan(catalogSteps);
    saveMemo(cacheRoot, memo);
    expect(existsSync(join(cacheRoot, '.cache-ops', 'catalog-memo.bin'))).toBe(true);

    const reused = loadCatalogMemo(cacheRoot);
    const again = loadCatalog(diskReader(REPO_ROOT), { memo: reused });
    expect(again.ok).toBe(true);
    expect(reused.stats()).toEqual({ computed: 0, total: catalogSteps });
    const namespaces = new Set(reused.usedEntries().map(([key]) => key.slice(0, key.indexOf(':'))));
    expect([...namespaces].sort()).toEqual(expect.arrayContaining(['contract-check', 'json-structure']));
    for (const page of ['page', 'mdx-page', 'markdown-gfm', 'compile-type', 'standalone-validator']) expect(namespaces.has(page)).toBe(false);

    // gen and check load both files: every step of a whole run is there.
    const whole = loadMemo(cacheRoot);
    const loaded = loadCatalog(diskReader(REPO_ROOT), { memo: whole });
    if (loaded.ok) await withMemo(whole, () => render(loaded.catalog));
    expect(whole.stats().computed).toBe(0);
  });
});
