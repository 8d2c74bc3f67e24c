import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/**
 * Every input manifest was written by the producer of its contract: a member
 * that lists the contract in its outputs, is admitted and is no scratchpad.
 */
export const inputProducerValid: RunRule = {
  name: 'input-producer-valid',
  codes: ['VERIFY_INPUT_PRODUCER'],
  async check(ctx, report) {
    ctx.record.input_manifests.forEach((m, i) => {
      const producers = (ctx.model.producers.get(m.contract) ?? []).filter((p) => ctx.model.members.get(p)?.scratchpad === false);
      if (producers.includes(m.producer)) return;
      const who = ctx.model.members.get(m.producer);
      const why = who === undefined ? `${m.producer} is not an admitted member` : who.scratchpad ? `${m.producer} is a scratchpad, whose outputs nothing may read` : `${m.producer} does not produce ${m.contract}`;
      report(diagnostic('VERIFY_INPUT_PRODUCER', ctx.recordPath, pointerOf('input_manifests', i, 'producer'), `The run read a ${m.contract} partition (${m.date}) written by ${m.producer}: ${why}. ${m.contract} is produced by ${producers.length === 0 ? 'no member' : producers.join(', ')}.`, `Read ${m.contract} only from the partitions its producer writes.`));
    });
  },
};
