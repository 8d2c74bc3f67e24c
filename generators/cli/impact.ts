import { loadCatalogMemo } from '../cache/memo-file';
import { loadCatalog, type CatalogResult } from '../catalog';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import { compareCatalogs } from '../impact/compare-catalogs';
import { githubAnnotation } from '../diagnostics/github-annotations';
import { formatImpactGithub } from '../impact/format-github';
import { formatImpactMarkdown, formatImpactProblemsMarkdown } from '../impact/format-markdown';
import { formatImpactText } from '../impact/format-text';
import { gitTreeReader } from '../load/git-tree-reader';
import { diskReader } from '../load/source-reader';
import { changedMetaSchemas, withMetaSchemasOf } from '../load/with-meta-schemas-of';
import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError } from './command';
import { runCli } from './run-cli';

const HELP = `Usage: npm run impact -- --base <ref> [--head <ref>] [--format text|markdown|json|github] [--root <dir>]

Compares the sources at the base git ref (read from git objects: no checkout,
nothing written) with the head (another ref, or by default the working tree)
and says what the change does: contracts, members, plugins, the policy pack
and ADRs, breaking changes first, and the members who must act.
Exits 0 whatever the impact; 1 when either side's sources have problems.

  --base <ref>        the git ref to compare against (e.g. origin/main)
  --head <ref>        the git ref to compare (default: the working tree)
  --json              the report as JSON (schemas/meta/impact-report.schema.json)
  --format <f>        text (default); markdown, a PR comment (verdict, who must
                      act, a table per area, details collapsed); json; github,
                      annotations on the changed source lines
  --root <dir>        the manual's folder (default: the current folder)
  -h, --help          this help

A PR comment from CI (the checkout needs the base commit: fetch-depth: 0):
  npm run --silent impact -- --base origin/main --format markdown > impact.md`;

export const impact = command(
  { name: 'npm run impact', help: HELP, options: { root: { type: 'string' }, base: { type: 'string' }, head: { type: 'string' }, ...FORMAT_OPTIONS } },
  async ({ values }) => {
    const root = rootOf(values.root);
    const format = formatOf(values, FORMATS);
    if (values.base === undefined) throw new UsageError('--base <ref> is required.');
    // One memo for both sides: its steps are keyed by content, so what the two sides share is computed once,
    // starting from what the last gen or check here computed (read, never written).
    const memo = loadCatalogMemo(root);
    const baseReader = gitTreeReader(root, values.base, '--base');
    const headReader = values.head === undefined ? undefined : gitTreeReader(root, values.head, '--head');
    const headSources = headReader ?? diskReader(root);
    // Both sides are read as the head's code reads sources: with the head's meta-schemas.
    const base = loadCatalog(withMetaSchemasOf(baseReader, headSources), { memo });
    const head = loadCatalog(headSources, { memo });
    const sides = { base: { ref: values.base, commit: baseReader.commit }, head: { ref: values.head ?? null, commit: headReader?.commit ?? null } };
    if (!base.ok || !head.ok) {
      const problems = [...sideProblems('base', base), ...sideProblems('head', head)];
      const changedMeta = base.ok ? [] : changedMetaSchemas(baseReader, headSources);
      const older =
        changedMeta.length === 0
          ? ''
          : ` The base is read with the head's meta-schemas, and ${changedMeta.join(', ')} changed since: a base from before that change may not meet them; compare from a later base.`;
      const summary = `impact: ${problems.length} source problem${problems.length === 1 ? '' : 's'} (${[!base.ok ? `base ${values.base}` : '', !head.ok ? `head ${values.head ?? 'working tree'}` : ''].filter(Boolean).join(', ')}); nothing compared.${older}`;
      if (format === 'json') {
        console.log(JSON.stringify({ ok: false, ...sides, verdict: summary, breaking: 0, summary, diagnostics: problems, mustAct: [], contracts: [], members: [], plugins: [], policyPack: null, adrs: [] }, null, 2));
      } else if (format === 'markdown') {
        console.log(formatImpactProblemsMarkdown(summary, problems, (side) => sideLabel(side, values)).trimEnd());
      } else if (format === 'github') {
        for (const p of problems) console.log(githubAnnotation({ ...p, message: `${sideLabel(p.side, values)}: ${p.message}` }));
        console.log(summary);
      } else {
        for (const p of problems) console.error(`${sideLabel(p.side, values)}: ${formatDiagnostic(p)}`);
        console.error(summary);
      }
      return 1;
    }
    const report = compareCatalogs({ catalog: base.catalog, files: base.files }, { catalog: head.catalog, files: head.files }, sides);
    console.log(format === 'json' ? JSON.stringify(report, null, 2) : format === 'markdown' ? formatImpactMarkdown(report).trimEnd() : format === 'github' ? formatImpactGithub(report) : formatImpactText(report));
    return 0;
  },
);

const FORMATS = ['text', 'markdown', 'json', 'github'] as const;

function sideLabel(side: 'base' | 'head', values: { base?: string; head?: string }): string {
  return side === 'base' ? `base ${values.base}` : `head ${values.head ?? '(working tree)'}`;
}

function sideProblems(side: 'base' | 'head', result: CatalogResult) {
  return result.ok ? [] : result.diagnostics.map((d) => ({ side, ...d }));
}

if (require.main === module) runCli(impact);
