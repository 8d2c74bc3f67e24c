/** Where each kind of hand-authored source lives, relative to the repo root. */
export const SOURCE_LAYOUT = {
  metaDir: 'schemas/meta',
  contractsDir: 'schemas/contracts',
  registry: 'registry/registry.json',
  projectsDir: 'registry/projects',
  errorTaxonomy: 'registry/error-taxonomy.json',
  policyPack: 'registry/policy-pack.json',
  pluginsDir: 'registry/plugins',
  pluginSpecFile: 'plugin.spec.json',
  adrDir: 'adr',
} as const;

/** Folders the dev server watches and whose edits change generated output. */
export const SOURCE_ROOTS = ['adr', 'schemas', 'registry'] as const;
