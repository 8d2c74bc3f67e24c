import type { Diagnostic } from '../diagnostics/diagnostic';
import type { PipelineResult } from '../index';
import type { ValidateOptions } from '../validate';
import { Memo } from './memo';
import { loadMemo, saveMemo } from './memo-file';
import { saveRun, sourcesKey, upToDateFromCache } from './run-cache';

export type CachedRun =
  | { readonly kind: 'up-to-date'; readonly sourceCount: number; readonly plannedCount: number; readonly warnings: readonly Diagnostic[] }
  | { readonly kind: 'ran'; readonly result: PipelineResult; readonly steps: { computed: number; total: number } };

/**
 * The pipeline as gen, check and the build plugin run it: first the cheap
 * "nothing changed" test (sources, code and generated files all as last time),
 * else the full pipeline with memoised steps. The heavy modules load only then.
 */
export async function runWithCache(root: string, options: ValidateOptions = {}, useCache = true): Promise<CachedRun> {
  const key = sourcesKey(root, options);
  let memo: Memo;
  if (useCache) {
    const fast = upToDateFromCache(root, key);
    if (fast !== undefined) return { kind: 'up-to-date', ...fast };
    memo = loadMemo(root);
  } else {
    memo = new Memo();
  }
  // Loaded only now: the up-to-date answer above needs none of the heavy modules. `require`, not `import()`,
  // so it works under every loader that runs this code (tsx, node -r tsx/cjs, Docusaurus's jiti).
  const { runPipeline } = require('../index') as typeof import('../index');
  const { diskReader } = require('../load/source-reader') as typeof import('../load/source-reader');
  const result = await runPipeline(diskReader(root), { ...options, memo });
  const steps = memo.stats();
  // A run that computed nothing has nothing new to keep; rewriting tens of megabytes would only cost time.
  if (steps.computed > 0) saveMemo(root, memo);
  if (result.ok) saveRun(root, key, result.planned, result.sourceCount, result.warnings);
  return { kind: 'ran', result, steps };
}
