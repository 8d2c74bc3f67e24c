import { z } from 'zod';
import { contractId } from '../ids';
import { adrRef, memberRef } from '../shapes';
import { defineTool } from '../tool';
import { adrRefOf, contractOf, memberRefOf } from './lookups';

/** Who is affected by a change to a contract, and what was decided about it. */
export const impactOfChange = defineTool({
  name: 'impact_of_change',
  title: 'Impact of changing a contract',
  description:
    'What a change to a contract version touches: its consumers with their repositories (they must migrate), its writers, the contracts that include it through $ref and their consumers, the ADRs that affect it, and the later versions of its family (a normative change is a new version with its own ADR and migration note, never an edit in place).',
  input: z.strictObject({ contract: contractId }),
  output: z.strictObject({
    contract: z.string(),
    consumers: z.array(memberRef),
    writers: z.array(memberRef),
    includedBy: z.array(z.strictObject({ contract: z.string(), consumers: z.array(memberRef) })),
    adrs: z.array(adrRef),
    laterVersions: z.array(z.string()),
    superseded: z.boolean(),
  }),
  run(context, { contract: id }) {
    const contract = contractOf(context, id);
    return {
      contract: contract.id,
      consumers: contract.consumers.map((m) => memberRefOf(context, m)),
      writers: contract.producers.map((m) => memberRefOf(context, m)),
      includedBy: contract.referencedBy.map((other) => ({ contract: other, consumers: contractOf(context, other).consumers.map((m) => memberRefOf(context, m)) })),
      adrs: contract.adrs.map((n) => adrRefOf(context, n)),
      laterVersions: contract.versions.slice(contract.versions.indexOf(contract.id) + 1),
      superseded: contract.superseded,
    };
  },
});
