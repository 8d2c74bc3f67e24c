import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '../../src/types/sources/import-report';
import { loadCatalog } from '../catalog';
import { diagnostic, isWarning, type Diagnostic } from '../diagnostics/diagnostic';
import { formatDiagnostic } from '../diagnostics/format-diagnostics';
import { convertRecords } from '../import/convert-records';
import { detectFormat } from '../import/detect-format';
import type { ImportFormat, ParsedRecord } from '../import/imported-record';
import { parseMadr } from '../import/parse-madr';
import { parseNygard } from '../import/parse-nygard';
import { diskReader } from '../load/source-reader';
import { SourceRejected } from '../load/source-rejected';
import { writeAtomic } from '../util/write-atomic';
import { command, FORMAT_OPTIONS, formatOf, rootOf, UsageError, type OutputFormat } from './command';
import { runGenReport } from './run-gen';
import { printGateReport } from './gate-report';
import { runCli } from './run-cli';

const HELP = `Usage: npm run import -- adrs <folder> [--format madr|nygard|auto] [--first N] [--date YYYY-MM-DD] [--root <dir>] [--json]

Converts the decision records in <folder> (files named NNNN-title.md; others,
such as templates and indexes, are skipped) into ADRs in adr/, then runs gen.
MADR 4 records keep their body, status, date, decision-makers, consulted and
informed; adr-tools (Michael Nygard's format) records keep their body, and
their "Date:" line and "## Status" section become front matter. Links between
records ("Supersedes", "Superseded by", "Amends", "Amended by", MADR's
"superseded by ADR-NNNN") become supersedes and refines; links in the bodies
follow the records to their new file names. A required section a record lacks
is added, saying it was not recorded.

Writes nothing when any record cannot be converted or a number is taken;
reports what it mapped with a loss as warnings. When gen fails on the result,
the written ADRs are removed again.

  --format F      madr, nygard, or auto (default: per file, front matter or
                  MADR sections mean madr; "# 1. Title", "Date:" or "## Status"
                  mean nygard)
  --first N       number the records from N on (the lowest becomes N, the others
                  keep their distance); needed when numbers are taken or start at 0
  --date D        the date of records that name none (MADR's date is optional)
  --root <dir>    the manual's folder (default: the current folder)
  --json          the report as JSON (schemas/meta/import-report.schema.json)
  -h, --help      this help`;

const OPTIONS = { format: { type: 'string' }, json: FORMAT_OPTIONS.json, first: { type: 'string' }, date: { type: 'string' }, root: { type: 'string' } } as const;
const RECORD_FILE = /^[0-9]+-[^/]+\.md$/;

export const importCommand = command({ name: 'npm run import', help: HELP, options: OPTIONS, positionals: { min: 2, max: 2 } }, async ({ values, positionals }) => {
  const [kind, folderArg = ''] = positionals;
  if (kind !== 'adrs') throw new UsageError(`unknown kind ${JSON.stringify(kind)}; the one kind is "adrs".`);
  const recordFormat = values.format ?? 'auto';
  if (!['madr', 'nygard', 'auto'].includes(recordFormat)) throw new UsageError(`--format must be madr, nygard or auto; got ${JSON.stringify(recordFormat)}.`);
  const output = formatOf({ json: values.json }, ['text', 'json']);
  const first = values.first === undefined ? undefined : Number(values.first);
  if (first !== undefined && !(Number.isInteger(first) && first >= 1 && /^[0-9]+$/.test(values.first ?? ''))) throw new UsageError(`--first takes an ADR number such as 12; got ${JSON.stringify(values.first)}.`);
  if (values.date !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(values.date)) throw new UsageError(`--date takes YYYY-MM-DD; got ${JSON.stringify(values.date)}.`);
  const root = rootOf(values.root);
  const folder = rootOf(folderArg, 'the records folder');

  const loaded = loadCatalog(diskReader(root));
  if (!loaded.ok) {
    return finish(output, { ok: false, summary: 'import: the manual\'s sources have problems (listed); fix them first so the imported ADRs can be checked against them. Nothing was written.', records: [], skipped: [], diagnostics: [...loaded.diagnostics], gen: null });
  }
  const existing = new Map(loaded.catalog.adrs.map((a) => [a.doc.id, a.file]));

  const { parsed, skipped, diagnostics: readProblems } = readRecords(folder, folderArg.replace(/\/+$/, ''), recordFormat as ImportFormat | 'auto');
  const converted = convertRecords(parsed, { existing, ...(first === undefined ? {} : { first }), ...(values.date === undefined ? {} : { date: values.date }) });
  const diagnostics = [...readProblems, ...converted.diagnostics];
  const errors = diagnostics.filter((d) => !isWarning(d)).length;
  if (errors > 0 || converted.records.length === 0) {
    const why = errors > 0 ? `${errors} problem${errors === 1 ? '' : 's'} in ${folderArg}` : `no NNNN-title.md records in ${folderArg}`;
    return finish(output, { ok: false, summary: `import: ${why}; nothing was written.`, records: [], skipped, diagnostics, gen: null });
  }

  for (const r of converted.records) writeAtomic(join(root, r.to), r.text);
  const gen = await runGenReport(root);
  const records = converted.records.map(({ from, to, format, id }) => ({ from, to, format, id }));
  const warnings = diagnostics.length;
  if (!gen.ok) {
    for (const r of converted.records) unlinkSync(join(root, r.to));
    return finish(output, { ok: false, summary: `import: gen failed on the ${records.length} converted records (see its problems); they were removed again.`, records: [], skipped, diagnostics, gen });
  }
  const byFormat = (f: ImportFormat): number => records.filter((r) => r.format === f).length;
  const summary = `import: ${records.length} record${records.length === 1 ? '' : 's'} converted (${byFormat('madr')} MADR, ${byFormat('nygard')} Nygard), ${warnings} warning${warnings === 1 ? '' : 's'}, ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped; gen passed.`;
  return finish(output, { ok: true, summary, records, skipped, diagnostics, gen });
});

/** The folder's records, each parsed in its format; a file the reader refuses is a diagnostic. */
function readRecords(folder: string, shown: string, format: ImportFormat | 'auto'): { parsed: ParsedRecord[]; skipped: string[]; diagnostics: Diagnostic[] } {
  const reader = diskReader(folder);
  const parsed: ParsedRecord[] = [];
  const skipped: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of reader.list('')) {
    const from = `${shown}/${entry.name}`;
    if (entry.isDirectory || !RECORD_FILE.test(entry.name)) {
      if (!entry.isDirectory) skipped.push(from);
      continue;
    }
    try {
      const text = reader.read(entry.name)?.replace(/^\uFEFF/, '');
      if (text === undefined) continue;
      const as = format === 'auto' ? detectFormat(text) : format;
      parsed.push(as === 'madr' ? parseMadr(from, entry.name, text) : parseNygard(from, entry.name, text));
    } catch (e) {
      if (!(e instanceof SourceRejected)) throw e;
      diagnostics.push(diagnostic(e.code, from, '', e.message, e.hint));
    }
  }
  return { parsed, skipped, diagnostics };
}

function finish(output: OutputFormat, report: ImportReport): number {
  if (output === 'json') {
    console.log(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  }
  for (const d of report.diagnostics) console.error(formatDiagnostic(d));
  if (report.gen !== null) printGateReport(report.gen, 'text');
  for (const r of report.records) console.log(`imported ${r.from} → ${r.to} (${r.format})`);
  (report.ok ? console.log : console.error)(report.summary);
  return report.ok ? 0 : 1;
}

if (require.main === module) runCli(importCommand);
