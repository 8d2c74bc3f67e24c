import { join } from 'node:path';
import { formatDiagnostics } from '../../generators/diagnostics/format-diagnostics';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic';
import { runPipeline } from '../../generators/index';
import type { Catalog } from '../../generators/model/catalog';
import { GOLDEN_DIR } from '../helpers/fixture-cases';
import { bundledSources, metaSchemaFiles, readerOf, readTree } from '../helpers/fixture-reader';

/** The sections every ADR needs, for building valid test ADRs. */
export const SECTIONS = '\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n\n## Alternatives considered\n\nOthers.\n';

/** An ADR file's text from front matter lines and a body. */
export function adrText(frontMatter: Record<string, unknown>, body = SECTIONS): string {
  const lines = Object.entries(frontMatter).map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : typeof v === 'string' && /[:#]/.test(v) ? JSON.stringify(v) : String(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

function withoutAdrs(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([p]) => !p.startsWith('adr/')));
}

/** The catalog of the mini ecosystem with exactly the given ADRs (its own ADRs left out). */
export async function miniCatalog(adrs: Record<string, string>): Promise<Catalog> {
  const files = { ...metaSchemaFiles(), ...withoutAdrs(readTree(join(GOLDEN_DIR, 'mini', 'sources'))), ...adrs };
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.catalog;
}

/** Diagnostics of the bundled sources with the given files laid over them, only those with an `ADR_` code. */
export async function adrDiagnostics(overlay: Record<string, string>): Promise<Diagnostic[]> {
  const result = await runPipeline(readerOf({ ...bundledSources(), ...overlay }));
  return result.ok ? [] : result.diagnostics.filter((d) => d.code.startsWith('ADR_'));
}
