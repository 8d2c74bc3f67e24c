import { canonicalJson } from '../../util/canonical-json';
import type { Generator } from '../generator';
import { generatedNotice, tsHeader } from '../header';
import { adrDocId } from './adr-pages';

export const DECISIONS_DATA_DIR = 'src/data/decisions';
/** How the index page imports the module (`@site` is the repo root in Docusaurus). */
export const DECISIONS_DATA_IMPORT = `@site/${DECISIONS_DATA_DIR}`;

/**
 * The rows of the decision registry as a typed module for the filter component:
 * the page stays lean (one import, no inlined data) and `tsc` checks the data
 * against the `Adr` type generated from the meta-schema.
 */
export const decisionsData: Generator = {
  name: 'render/decisions/decisions-data.ts',
  render(catalog) {
    const meta = catalog.meta.find((m) => m.name === 'adr');
    const statuses = statusEnum(meta?.schema);
    const rows = catalog.adrs.map((a) => ({
      id: a.doc.id,
      title: a.doc.title,
      status: a.doc.status,
      date: a.doc.date,
      tags: [...(a.doc.tags ?? [])],
      docId: `decisions/${adrDocId(a.file)}`,
    }));
    const code = [
      tsHeader(generatedNotice(this.name, [...(meta ? [meta.file] : []), ...catalog.adrs.map((a) => a.file)])).trimEnd(),
      "import type { Adr } from '../../types/sources';",
      '',
      '/** One row of the decision registry: an ADR\'s front matter and the id of its page. */',
      'export interface DecisionEntry {',
      "  readonly id: Adr['id'];",
      "  readonly title: Adr['title'];",
      "  readonly status: Adr['status'];",
      "  readonly date: Adr['date'];",
      "  readonly tags: NonNullable<Adr['tags']>;",
      '  /** Docusaurus doc id of the ADR page, resolved to its URL at render time. */',
      '  readonly docId: string;',
      '}',
      '',
      '/** Every status, in the order of the meta-schema. */',
      `export const statuses: ReadonlyArray<Adr['status']> = ${JSON.stringify(statuses)};`,
      '',
      '/** Every ADR, by id. */',
      `export const decisions: readonly DecisionEntry[] = ${canonicalJson(rows).trimEnd()};`,
      '',
    ];
    return new Map([[`${DECISIONS_DATA_DIR}/index.ts`, code.join('\n')]]);
  },
};

function statusEnum(schema: Readonly<Record<string, unknown>> | undefined): string[] {
  const status = (schema?.['properties'] as Record<string, { enum?: unknown }> | undefined)?.['status'];
  return Array.isArray(status?.enum) ? status.enum.filter((s): s is string => typeof s === 'string') : [];
}
