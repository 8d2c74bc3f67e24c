import { z } from 'zod';
import { memberName } from '../ids';
import { defineTool } from '../tool';
import { memberOf } from './lookups';

/** What a member may read, and which other contracts it could add as inputs. */
export const allowedInputs = defineTool({
  name: 'allowed_inputs',
  title: 'Inputs a member may read',
  description:
    'What a member may read: the contracts listed as its inputs (each with its producer and schema), its own private raw inputs, and the shared contracts. It reads other members through nothing else. Also lists the contracts it could add as inputs without breaking the layer order: those written by members in earlier layers (scratchpads excluded, superseded versions excluded).',
  input: z.strictObject({ member: memberName }),
  output: z.strictObject({
    member: z.string(),
    inputs: z.array(z.strictObject({ contract: z.string(), producers: z.array(z.string()), schema: z.string() })),
    rawInputs: z.array(z.string()),
    shared: z.array(z.string()).describe('Contracts every member reads and writes, such as the bus manifest.'),
    couldAdd: z.array(z.strictObject({ contract: z.string(), producers: z.array(z.string()) })),
  }),
  run(context, { member: name }) {
    const member = memberOf(context, name);
    const contracts = new Map(context.data.contracts.map((c) => [c.id, c]));
    const rank = (layer: string | undefined): number => (layer === undefined ? -1 : context.data.layers.indexOf(layer));
    const mine = rank(member.layer);
    const upstream = new Set(context.data.members.filter((m) => !m.scratchpad && m.name !== member.name && rank(m.layer) >= 0 && rank(m.layer) < mine).map((m) => m.name));
    const reading = new Set(member.inputs.map((i) => i.contract));
    return {
      member: member.name,
      inputs: member.inputs.map((i) => ({ contract: i.contract, producers: i.producers, schema: contracts.get(i.contract)?.schema ?? '' })),
      rawInputs: member.rawInputs,
      shared: context.data.contracts.filter((c) => c.shared).map((c) => c.id),
      couldAdd: context.data.contracts
        .filter((c) => !c.shared && !c.superseded && !reading.has(c.id) && c.producers.length > 0 && c.producers.every((p) => upstream.has(p)))
        .map((c) => ({ contract: c.id, producers: c.producers })),
    };
  },
});
