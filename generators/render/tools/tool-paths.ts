import { SITE_URL } from '../../model/contract-id';

/** The published verifier: where it is generated, and the stable URL member repos download it from. */
export const OPS_VERIFY_FILE = 'static/tools/ops-verify.mjs';
export const OPS_VERIFY_URL = `${SITE_URL}/tools/ops-verify.mjs`;
