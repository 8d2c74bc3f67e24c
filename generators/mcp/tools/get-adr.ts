import { z } from 'zod';
import { adrId } from '../ids';
import { adrEntry } from '../shapes';
import { defineTool } from '../tool';
import { adrOf } from './lookups';

/** One decision record: its front matter, relations both ways, and its body as written. */
export const getAdr = defineTool({
  name: 'get_adr',
  title: 'Get a decision record',
  description: 'One architecture decision record by number: title, status, date, tags, the contracts and members it affects, its relations both ways (supersedes, superseded by, refines, refined by), its page, and its body (Context, Decision, Consequences, …) as the Markdown it is written in.',
  input: z.strictObject({ id: adrId }),
  output: z.strictObject({ adr: adrEntry, file: z.string(), body: z.string() }),
  run(context, { id }) {
    const adr = adrOf(context, id);
    const doc = context.catalog.adrs.find((a) => a.doc.id === adr.id);
    return { adr, file: doc?.file ?? '', body: doc?.body.trim() ?? '' };
  },
});
