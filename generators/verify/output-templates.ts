import type { Project } from '../../src/types/sources';
import { dirnameOf } from './run-files';

export const MANIFEST_CONTRACT = 'manifest.v1';
export const RUN_RECORD_CONTRACT = 'run_record.v1';

/** One declared output of the member, its path template turned into a matcher. */
export interface OutputTemplate {
  readonly index: number;
  readonly contract: string;
  readonly template: string;
  readonly requiredWhenEmpty: boolean;
  /** `json`, `jsonl`, or `other` (rendered pages: existence only, not validated). */
  readonly format: 'json' | 'jsonl' | 'other';
  /** Matches a checkout-relative path; the first group is the date when the template has `{YYYY-MM-DD}`. */
  match(path: string): { readonly date: string | undefined } | undefined;
  /** The path for a date and run id, when the template has no other placeholder. */
  pathFor(date: string, runId: string): string | undefined;
}

const DATE = '{YYYY-MM-DD}';
const RUN_ID = '{run_id}';

export function outputTemplates(manifest: Project): OutputTemplate[] {
  return manifest.outputs.map((o, index) => {
    const template = o.path;
    const parts = template.split(/(\{[^}]*\})/);
    const source = parts
      .map((p) => (p === DATE ? '([0-9]{4}-[0-9]{2}-[0-9]{2})' : p === RUN_ID ? '[0-7][0-9A-HJKMNP-TV-Z]{25}' : /^\{[^}]*\}$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    const re = new RegExp(`^${source}$`);
    const hasDate = template.includes(DATE);
    const others = parts.some((p) => /^\{[^}]*\}$/.test(p) && p !== DATE && p !== RUN_ID);
    return {
      index,
      contract: o.contract,
      template,
      requiredWhenEmpty: o.requiredWhenEmpty,
      format: template.endsWith('.jsonl') ? 'jsonl' : template.endsWith('.json') ? 'json' : 'other',
      match(path) {
        const m = re.exec(path);
        return m === null ? undefined : { date: hasDate ? m[1] : undefined };
      },
      pathFor(date, runId) {
        return others ? undefined : template.split(DATE).join(date).split(RUN_ID).join(runId);
      },
    };
  });
}

/** The declared output a written path belongs to (the first whose template matches). */
export function templateOf(templates: readonly OutputTemplate[], path: string): OutputTemplate | undefined {
  return templates.find((t) => t.match(path) !== undefined);
}

/**
 * The data outputs a manifest template describes: those whose template lies in
 * the manifest's folder, other than manifests and run records.
 */
export function partitionOf(templates: readonly OutputTemplate[], manifest: OutputTemplate): OutputTemplate[] {
  const dir = dirnameOf(manifest.template);
  return templates.filter((t) => t.contract !== MANIFEST_CONTRACT && t.contract !== RUN_RECORD_CONTRACT && dirnameOf(t.template) === dir);
}
