import type { Catalog } from '../model/catalog';
import { pluginSuite } from '../model/plugin-view';
import { DEFAULT_MANIFEST_FILE } from '../model/registry-view';
import { compareStrings } from '../util/canonical-json';
import { catalogValidators } from './catalog-validators';
import type { VerifyData } from './verify-data';
import type { VerifyManual } from './verify-manual';

/** The manual as `npm run verify` sees it: its data and validators, from the catalog. */
export function catalogVerifyManual(catalog: Catalog): VerifyManual {
  return { data: verifyData(catalog), validators: catalogValidators(catalog) };
}

export function verifyData(catalog: Catalog): VerifyData {
  return {
    manifestFile: catalog.registry.doc.manifestFile ?? DEFAULT_MANIFEST_FILE,
    members: Object.fromEntries(catalog.members.map((m) => [m.name, { repo: m.repo, manifest: m.manifest?.doc ?? null }])),
    producers: Object.fromEntries(catalog.contracts.map((c) => [c.id, c.producers])),
    sharedContracts: [...(catalog.registry.doc.sharedContracts ?? [])].sort(compareStrings),
    taxonomy: Object.fromEntries((catalog.errorTaxonomy?.doc.errors ?? []).map((e) => [e.code, { retryable: e.retryable, stopTheLine: e.stopTheLine }])),
    plugins: (pluginSuite(catalog)?.plugins ?? []).map((p) => p.name).sort(compareStrings),
  };
}
