import type { Rule } from '../rule';
import { pluginActionsAllowed } from './plugin-actions-allowed';
import { pluginEventKnown } from './plugin-event-known';
import { pluginFolderMatchesName } from './plugin-folder-matches-name';
import { pluginHealthcheckConsistent } from './plugin-healthcheck-consistent';
import { pluginIdentityUnique } from './plugin-identity-unique';
import { pluginInputsSubset } from './plugin-inputs-subset';
import { pluginLedgerFields } from './plugin-ledger-fields';
import { pluginPolicyPackPresent } from './plugin-policy-pack-present';
import { pluginPolicyVersion } from './plugin-policy-version';
import { policyPackConsistent } from './policy-pack-consistent';

/**
 * The policy pack and every plugin spec, enabled or not: a disabled plugin is held
 * to the same rules, so enabling it later is a one-line change that cannot let
 * a policy violation in.
 */
export const pluginRules: readonly Rule[] = [
  policyPackConsistent,
  pluginPolicyPackPresent,
  pluginFolderMatchesName,
  pluginIdentityUnique,
  pluginEventKnown,
  pluginInputsSubset,
  pluginActionsAllowed,
  pluginLedgerFields,
  pluginPolicyVersion,
  pluginHealthcheckConsistent,
];
