import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { runWithCache } from '../../../generators/cache/run-with-cache';
import { formatDiagnostics } from '../../../generators/diagnostics/format-diagnostics';
import { diff, isClean } from '../../../generators/emit/drift';
import { formatDrift } from '../../../generators/emit/format-drift';
import { SOURCE_LAYOUT, SOURCE_ROOTS } from '../../../generators/load/source-layout';

/**
 * The PR gate inside the docs build: the same load → validate → render → compare
 * as `npm run check`. It throws from `loadContent`, which runs for `build` and
 * `start` before bundling, so Docusaurus exits 1 with this report as the cause.
 */
export default function validatorPlugin(context: LoadContext): Plugin {
  return {
    name: 'ops-manual-validator',
    getPathsToWatch() {
      // The hand-written pages too: each has a generated Markdown copy.
      return [...SOURCE_ROOTS.map((dir) => join(context.siteDir, dir, '**', '*')), join(context.siteDir, SOURCE_LAYOUT.docsDir, '*.{md,mdx}')];
    },
    async loadContent() {
      const run = await runWithCache(context.siteDir);
      if (run.kind === 'up-to-date') return;
      const result = run.result;
      if (!result.ok) throw new Error(`The sources of the manual have problems:\n${formatDiagnostics(result.diagnostics)}`);
      const drift = diff(context.siteDir, result.planned);
      if (!isClean(drift)) throw new Error(`Generated files do not match their sources:\n${formatDrift(drift)}`);
    },
  };
}
