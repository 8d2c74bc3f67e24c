import { SITE_URL } from '../../model/contract-id';

/** The five generated files of every plugin, served at `/plugins/<PluginName>/<file>`. */
export const PLUGIN_FILES = {
  manifest: 'manifest.json',
  policySnapshot: 'policy_snapshot.json',
  ledgerContract: 'ledger_contract.json',
  readme: 'README_PLUGIN.md',
  healthcheck: 'healthcheck.md',
} as const;

export type PluginFile = (typeof PLUGIN_FILES)[keyof typeof PLUGIN_FILES];

export const PLUGINS_STATIC_DIR = 'static/plugins';
export const LIFECYCLE_EVENTS_PAGE = 'docs/plugins/lifecycle-events.md';
/** Starts with `_`: Docusaurus makes no page of it; docs/operating-contract.mdx imports it. */
export const LIFECYCLE_EVENTS_PARTIAL = 'docs/plugins/_lifecycle-events-table.md';
export const PLUGINS_CATEGORY = 'docs/plugins/_category_.yml';

export function pluginStaticPath(name: string, file: PluginFile): string {
  return `${PLUGINS_STATIC_DIR}/${name}/${file}`;
}

/** Where the site serves a plugin file. */
export function pluginFileUrl(name: string, file: PluginFile): string {
  return `/plugins/${name}/${file}`;
}

/**
 * A docs link to a static file. Docusaurus would otherwise copy the file as a
 * hashed asset or check it as a route; `pathname://` keeps the URL as written.
 */
export function pluginFileLink(name: string, file: PluginFile): string {
  return `pathname://${pluginFileUrl(name, file)}`;
}

export function ledgerContractId(name: string): string {
  return `${SITE_URL}${pluginFileUrl(name, PLUGIN_FILES.ledgerContract)}`;
}

/** Heading anchor of an event on the lifecycle events page; names are `^[A-Z][A-Za-z0-9]*$`, so slugging only lowercases. */
export function eventAnchor(event: string): string {
  return event.toLowerCase();
}
