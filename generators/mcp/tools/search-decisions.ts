import { z } from 'zod';
import { STATUS_BADGE } from '../../../src/components/DecisionFilter/statusBadge';
import { defineTool } from '../tool';
import { adrRefOf } from './lookups';

const STATUSES = Object.keys(STATUS_BADGE) as [keyof typeof STATUS_BADGE, ...Array<keyof typeof STATUS_BADGE>];
const LIMIT = 50;

/** Decisions whose title, tags, affected ids or body hold every word of the text. */
export const searchDecisions = defineTool({
  name: 'search_decisions',
  title: 'Search decision records',
  description: `The ADRs whose title, tags, affected contracts and members, or body contain every word of the text (case-insensitive), optionally only those with one status; by number, at most ${LIMIT}, each with the passage that matched.`,
  input: z.strictObject({
    text: z.string().min(1).max(200).describe('Words that must all occur, e.g. "summary fallback".'),
    status: z.enum(STATUSES).optional().describe('Only decisions with this status.'),
  }),
  output: z.strictObject({
    matches: z.array(z.strictObject({ id: z.number(), title: z.string(), status: z.string(), date: z.string(), page: z.string(), tags: z.array(z.string()), affects: z.array(z.string()), excerpt: z.string() })),
    total: z.number().describe('How many decisions match; more than listed when over the limit.'),
  }),
  run(context, { text, status }) {
    const words = text.toLowerCase().split(/\s+/).filter((w) => w !== '');
    const found = context.catalog.adrs.filter((adr) => {
      if (status !== undefined && adr.doc.status !== status) return false;
      const haystack = [adr.doc.title, ...(adr.doc.tags ?? []), ...(adr.doc.affects ?? []), adr.body].join('\n').toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    return {
      matches: found.slice(0, LIMIT).map((adr) => ({
        ...adrRefOf(context, adr.doc.id),
        tags: [...(adr.doc.tags ?? [])],
        affects: [...(adr.doc.affects ?? [])],
        excerpt: excerpt(adr.body, words[0] ?? ''),
      })),
      total: found.length,
    };
  },
});

/** About 200 characters of the body around the first occurrence of `word`, on one line. */
function excerpt(body: string, word: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const at = Math.max(0, flat.toLowerCase().indexOf(word));
  const start = Math.max(0, at - 80);
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + 200)}${start + 200 < flat.length ? '…' : ''}`;
}
