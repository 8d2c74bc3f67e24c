import type { Generator } from '../generator';
import { lifecycleEventsPage } from './lifecycle-events-page';
import { pluginHealthcheck } from './plugin-healthcheck';
import { pluginLedgerContract } from './plugin-ledger-contract';
import { pluginManifest } from './plugin-manifest';
import { pluginPage } from './plugin-page';
import { pluginPolicySnapshot } from './plugin-policy-snapshot';
import { pluginReadme } from './plugin-readme';
import { pluginsIndex } from './plugins-index';

export const pluginGenerators: readonly Generator[] = [
  pluginManifest,
  pluginPolicySnapshot,
  pluginLedgerContract,
  pluginReadme,
  pluginHealthcheck,
  pluginPage,
  pluginsIndex,
  lifecycleEventsPage,
];
