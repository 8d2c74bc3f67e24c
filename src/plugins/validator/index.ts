import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { runWithCache } from '../../../generators/cache/run-with-cache';
import { gateReportProblemsText } from '../../../generators/cli/gate-report';
import { runGenReport } from '../../../generators/cli/run-gen';
import { formatDiagnostics } from '../../../generators/diagnostics/format-diagnostics';
import { diff, isClean } from '../../../generators/emit/drift';
import { formatDrift } from '../../../generators/emit/format-drift';
import { SOURCE_LAYOUT, SOURCE_ROOTS } from '../../../generators/load/source-layout';
import { SourceProblemsOverlay } from './problems-overlay';

export interface ValidatorOptions {
  /**
   * `gate` (docusaurus build): compare only, and fail on any problem or drift.
   * `preview` (docusaurus start): regenerate on every source edit, as gen does,
   * and show problems in the terminal and the browser without stopping the server.
   * Default: `preview` under `docusaurus start`, `gate` otherwise.
   */
  readonly mode?: 'gate' | 'preview';
}

/**
 * The PR gate inside the docs build, and the live preview of `npm start`. Both
 * run from `loadContent`, which Docusaurus calls before bundling and again
 * whenever a watched source changes.
 */
export default function validatorPlugin(context: LoadContext, options?: unknown): Plugin {
  const mode = (options as ValidatorOptions | undefined)?.mode ?? defaultMode();
  // The latest problems (preview), read by contentLoaded and by the overlay at each compilation: the bundler is configured once per server.
  let problems: string | undefined;
  return {
    name: 'ops-manual-validator',
    getPathsToWatch() {
      // The hand-written pages too: each has a generated copy.
      return [...SOURCE_ROOTS.map((dir) => join(context.siteDir, dir, '**', '*')), join(context.siteDir, SOURCE_LAYOUT.docsDir, '*.{md,mdx}')];
    },
    async loadContent() {
      if (mode === 'gate') return gate(context.siteDir);
      const report = await runGenReport(context.siteDir);
      problems = report.ok ? undefined : gateReportProblemsText(report);
      // In the terminal, as check prints it; never a stack trace.
      if (problems !== undefined) console.error(problems);
      else if (report.written.length + report.removed.length > 0) console.log(`[ops-manual] ${report.summary}`);
    },
    async contentLoaded({ actions }) {
      // Changes whenever the problems do, so the bundler recompiles and the overlay appears or clears.
      if (mode === 'preview') actions.setGlobalData({ problems: problems ?? null });
    },
    configureWebpack(_config, isServer) {
      if (mode === 'gate' || isServer) return {};
      return { plugins: [new SourceProblemsOverlay(() => problems)] };
    },
  };
}

/** `docusaurus build`: the same load → validate → render → compare as `npm run check`; throws its report. */
async function gate(siteDir: string): Promise<void> {
  const run = await runWithCache(siteDir);
  if (run.kind === 'up-to-date') return;
  const result = run.result;
  if (!result.ok) throw new Error(`The sources of the manual have problems:\n${formatDiagnostics(result.diagnostics)}`);
  const drift = diff(siteDir, result.planned);
  if (!isClean(drift)) throw new Error(`Generated files do not match their sources:\n${formatDrift(drift)}`);
}

/** `docusaurus start` sets no variable of its own; the command is the CLI's first argument. */
function defaultMode(): 'gate' | 'preview' {
  return process.argv[2] === 'start' && process.env['NODE_ENV'] !== 'production' ? 'preview' : 'gate';
}
