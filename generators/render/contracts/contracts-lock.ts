import { SOURCE_LAYOUT } from '../../load/source-layout';
import { fingerprint, normativeSchema } from '../../evolution/normative';
import type { Generator } from '../generator';
import { generatedNotice, jsonWithNotice } from '../header';

/**
 * The lock of every contract's normative content. It is rendered from the current
 * contracts, but validation fails first whenever a locked contract changed, so gen
 * only ever adds new ids; re-locking an existing id takes `npm run relock`.
 */
export const contractsLock: Generator = {
  name: 'render/contracts/contracts-lock.ts',
  render(catalog) {
    const contracts: Record<string, { fingerprint: string; normative: unknown }> = {};
    for (const c of catalog.contracts) contracts[c.id] = { fingerprint: fingerprint(c.schema), normative: normativeSchema(c.schema) };
    const notice = `${generatedNotice(this.name, ['schemas/contracts/*.schema.json'])} Re-lock a changed pre-release contract only with \`npm run relock -- <id>\`.`;
    return new Map([[SOURCE_LAYOUT.contractsLock, jsonWithNotice({ contracts }, notice)]]);
  },
};
