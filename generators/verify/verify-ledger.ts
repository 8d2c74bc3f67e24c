import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { scanJsonl, unreadable } from './file-scan';
import { DEFAULT_LIMITS, type VerifyLimits } from './limits';
import type { RunFiles } from './run-files';
import { VALIDATOR_IDS } from './validator-source';
import type { VerifyManual } from './verify-manual';
import type { VerifyReport } from './verify-report';

/** Each entry of a plugin's ledger (JSONL, streamed) against the plugin's generated ledger_contract.json. */
export async function verifyLedger(manual: VerifyManual, plugin: string, files: RunFiles, path: string, label: string, limits: VerifyLimits = DEFAULT_LIMITS): Promise<VerifyReport> {
  const diagnostics: Diagnostic[] = [];
  const done = (summary: string): VerifyReport => ({ ok: diagnostics.length === 0, command: 'ledger', status: diagnostics.length === 0 ? 'compliant' : 'violations', summary, diagnostics });
  const validate = manual.data.plugins.includes(plugin) ? manual.validators.validatorFor(VALIDATOR_IDS.ledger(plugin)) : undefined;
  if (validate === undefined) {
    diagnostics.push(diagnostic('VERIFY_PLUGIN_UNKNOWN', label, '', `The manual has no plugin "${plugin}". Plugins: ${manual.data.plugins.join(', ')}.`, 'Name a plugin of registry/plugins/.'));
    return done(`verify ledger: unknown plugin ${plugin}.`);
  }
  const refused = unreadable(files, path, 'The ledger');
  if (refused !== undefined) {
    diagnostics.push(refused === 'missing' ? diagnostic('VERIFY_LEDGER_MISSING', label, '', `There is no ledger at ${label}.`, 'Name the JSONL ledger file the plugin host writes.') : { ...refused, file: label });
    return done(`verify ledger: ${label} was not read.`);
  }
  const scan = await scanJsonl(files, path, `${plugin} ledger entry`, validate, limits);
  diagnostics.push(...scan.diagnostics.map((d) => ({ ...d, file: label, code: d.code === 'VERIFY_OUTPUT_INVALID' ? 'VERIFY_LEDGER_INVALID' : d.code })));
  return done(`verify ledger: ${label}: ${scan.records} entr${scan.records === 1 ? 'y' : 'ies'} of ${plugin}, ${diagnostics.length === 0 ? 'all valid' : `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}`}.`);
}
