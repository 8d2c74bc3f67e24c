import { runCli } from '../../cli/run-cli';
import { verifyCommand } from '../commands/verify-command';
import { embeddedManual, type EmbeddedManual } from './embedded-manual';

/**
 * The entry of the published verifier, ops-verify.mjs: the same sub-commands as
 * `npm run verify`, over the manual embedded in the file. The generator
 * (render/tools/ops-verify.ts) defines `OPS_VERIFY_MANUAL` ahead of this code.
 */
declare const OPS_VERIFY_MANUAL: EmbeddedManual;

const manual = embeddedManual(OPS_VERIFY_MANUAL);

runCli(
  verifyCommand({
    invocation: 'node ops-verify.mjs',
    options: {},
    optionsHelp: [],
    optionsUsage: '',
    manual: () => manual,
  }),
);
