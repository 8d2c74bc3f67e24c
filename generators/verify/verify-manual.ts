import type { ValidatorSource } from './validator-source';
import type { VerifyData } from './verify-data';

/**
 * The manual as verify sees it: plain data and validators. `npm run verify` builds
 * it from the catalog (`catalog-manual.ts`); the published verifier carries it embedded.
 */
export interface VerifyManual {
  readonly data: VerifyData;
  readonly validators: ValidatorSource;
}
