import { z } from 'zod';
import { contractId } from '../ids';
import { memberRef } from '../shapes';
import { defineTool } from '../tool';
import { contractOf, memberRefOf } from './lookups';

/** The members that read a contract, and who writes it. */
export const whoReads = defineTool({
  name: 'who_reads',
  title: 'Who reads a contract',
  description: 'The members that list a contract version among their inputs (its consumers), with their repositories, and the members that write it. Readers of other versions of the same family are listed apart.',
  input: z.strictObject({ contract: contractId }),
  output: z.strictObject({
    contract: z.string(),
    readers: z.array(memberRef),
    writers: z.array(memberRef),
    shared: z.boolean().describe('Written by every member (the bus manifest, the run record); shared contracts are never listed as inputs.'),
    otherVersions: z.array(z.strictObject({ contract: z.string(), readers: z.array(z.string()) })),
  }),
  run(context, { contract: id }) {
    const contract = contractOf(context, id);
    return {
      contract: contract.id,
      readers: contract.consumers.map((m) => memberRefOf(context, m)),
      writers: contract.producers.map((m) => memberRefOf(context, m)),
      shared: contract.shared,
      otherVersions: contract.versions.filter((v) => v !== contract.id).map((v) => ({ contract: v, readers: [...contractOf(context, v).consumers] })),
    };
  },
});
