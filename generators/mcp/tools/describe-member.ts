import { z } from 'zod';
import { memberName } from '../ids';
import { memberEntry } from '../shapes';
import { defineTool } from '../tool';
import { contractOf, memberOf } from './lookups';

/** Everything a run of one member must read, write, record and smoke-test. */
export const describeMember = defineTool({
  name: 'describe_member',
  title: 'Describe a member',
  description:
    'Everything a run of one ecosystem member must read (its input contracts and who writes them, its private raw inputs), write (each output contract with its path on disk and whether it must exist when empty), record (the run-record folder) and smoke-test (the command), its entrypoints, its typed edges both ways, and the JSON Schema URL of every contract it reads or writes.',
  input: z.strictObject({ name: memberName }),
  output: z.strictObject({
    member: memberEntry,
    schemas: z.array(z.strictObject({ contract: z.string(), schema: z.string(), reads: z.boolean(), writes: z.boolean() })).describe('Every contract it reads or writes, with its published schema.'),
  }),
  run(context, { name }) {
    const member = memberOf(context, name);
    const reads = new Set(member.inputs.map((i) => i.contract));
    const writes = new Set(member.outputs.map((o) => o.contract));
    const ids = [...new Set([...reads, ...writes])].sort();
    return {
      member,
      schemas: ids.map((id) => ({ contract: id, schema: contractOf(context, id).schema, reads: reads.has(id), writes: writes.has(id) })),
    };
  },
});
