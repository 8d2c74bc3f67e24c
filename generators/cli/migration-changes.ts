import { formatChange } from '../evolution/format-change';
import type { SchemaChange } from '../evolution/diff-schemas';

/*
 * The classified changes of a new contract version, as a list inside its ADR's
 * Migration section between two HTML comments (ADR pages drop HTML comments, so
 * the markers never show). `npm run new -- version <id> --refresh` rewrites what
 * is between them from the differ; everything else in the ADR is the author's.
 */
const start = (id: string): string => `<!-- changes to ${id} from the differ: \`npm run new -- version ${id} --refresh\` rewrites this list -->`;
const END = '<!-- end of changes -->';

/** The block for `id`: its changes, or (undefined) a line saying how to get them. */
export function changesBlock(id: string, changes: readonly SchemaChange[] | undefined): string {
  const lines =
    changes === undefined
      ? [`  - _Edit the schema of ${id}, then run \`npm run new -- version ${id} --refresh\`: this list becomes its classified changes._`]
      : changes.length === 0
        ? [`  - _No structural change from the previous version yet._`]
        : changes.map((c) => `  - \`${formatChange(c).replace(/`/g, "'")}\``);
  return ['', `  ${start(id)}`, ...lines, `  ${END}`].join('\n');
}

/** `text` with the block for `id` replaced by `block`; undefined when the ADR has no such block. */
export function withChangesBlock(text: string, id: string, block: string): string | undefined {
  const from = text.indexOf(start(id));
  if (from === -1) return undefined;
  const to = text.indexOf(END, from);
  if (to === -1) return undefined;
  // The block starts with the line break before the marker's line (a blank line, as written).
  return text.slice(0, text.lastIndexOf('\n', from)) + block + text.slice(to + END.length);
}

/** Whether the ADR text carries the block for `id`. */
export function hasChangesBlock(text: string, id: string): boolean {
  return text.includes(start(id));
}
