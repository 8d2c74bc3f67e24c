import type { Catalog as CatalogJson, CatalogAdr, CatalogContract, CatalogMember, CatalogPlugin } from '../../../src/types/sources';
import { adrRelations, relationsOf } from '../../model/adr-relations';
import type { Catalog, Contract, Member } from '../../model/catalog';
import { supersededBy } from '../../model/contract-changelog';
import { contractSchemaUrl, SITE_URL } from '../../model/contract-id';
import { adrsAffecting, contractBus, contractVersions, referencedBy } from '../../model/contract-usage';
import { neighbourhood, type Edge } from '../../model/registry-graph';
import { catalogEdges } from '../../model/registry-members';
import { pluginSuite, type PluginView } from '../../model/plugin-view';
import { pagePath, routeOfPage } from '../page-paths';
import { PLUGIN_FILES, pluginFileUrl } from '../plugins/plugin-paths';
import { pageUrls, sitePages } from './site-pages';

/** Where catalog.json is served from; its `$schema`. */
export const CATALOG_SCHEMA_URL = `${SITE_URL}/schemas/meta/catalog.schema.json`;

// One per (frozen) catalog: catalog.json and every MCP tool answer read it.
const built = new WeakMap<Catalog, Omit<CatalogJson, '$comment'>>();

/**
 * The manual as data (schemas/meta/catalog.schema.json, published as
 * /catalog.json): members with their seams and typed edges both ways, contracts
 * with producer, consumers and versions, plugins with their permissions and
 * generated files, ADRs with their relations, the error taxonomy, every page.
 * Everything is derived by the same model functions the pages use.
 */
export function catalogData(catalog: Catalog): Omit<CatalogJson, '$comment'> {
  const known = built.get(catalog);
  if (known !== undefined) return known;
  const edges = catalogEdges(catalog);
  const relations = adrRelations(catalog.adrs);
  const suite = pluginSuite(catalog);
  const data: Omit<CatalogJson, '$comment'> = {
    $schema: CATALOG_SCHEMA_URL,
    site: SITE_URL,
    name: catalog.registry.doc.name,
    ...(catalog.registry.doc.description === undefined ? {} : { description: catalog.registry.doc.description }),
    layers: [...(catalog.registry.doc.layers ?? [])],
    pages: sitePages(catalog).map((p) => ({ section: p.section, title: p.title, ...(p.description === undefined ? {} : { description: p.description }), url: pageUrls(p.route).page, markdown: pageUrls(p.route).markdown })),
    members: catalog.members.map((m) => memberEntry(catalog, m, edges)),
    contracts: catalog.contracts.map((c) => contractEntry(catalog, c)),
    plugins: (suite?.plugins ?? []).map(pluginEntry),
    adrs: catalog.adrs.map((a): CatalogAdr => {
      const r = relationsOf(relations, a.doc.id);
      return {
        id: a.doc.id,
        title: a.doc.title,
        status: a.doc.status,
        date: a.doc.date,
        tags: [...(a.doc.tags ?? [])],
        supersedes: [...r.supersedes],
        supersededBy: [...r.supersededBy],
        refines: [...r.refines],
        refinedBy: [...r.refinedBy],
        affects: [...(a.doc.affects ?? [])].sort(),
        links: linksOf(pagePath.adr(a.file)),
      };
    }),
    errors: (catalog.errorTaxonomy?.doc.errors ?? []).map((e) => ({ code: e.code, meaning: e.meaning, retryable: e.retryable, stopTheLine: e.stopTheLine })),
  };
  built.set(catalog, data);
  return data;
}

function linksOf(doc: string): { page: string; markdown: string } {
  const route = routeOfPage(doc);
  if (route === undefined) throw new Error(`${doc} is not a page under docs/`);
  return pageUrls(route);
}

function memberEntry(catalog: Catalog, member: Member, edges: readonly Edge[]): CatalogMember {
  const doc = member.manifest?.doc;
  const near = neighbourhood(edges, member.name);
  const producers = new Map(catalog.contracts.map((c) => [c.id, c.producers]));
  const edge = (other: string, e: Edge): CatalogMember['dependsOn'][number] => ({ member: other, kind: e.kind, ...(e.note === undefined ? {} : { note: e.note }) });
  return {
    name: member.name,
    repo: member.repo,
    status: member.draft ? 'draft' : 'admitted',
    ...(doc === undefined
      ? {}
      : {
          summary: doc.summary,
          role: { kind: doc.role.kind, bus: doc.role.bus },
          ...(doc.layer === undefined ? {} : { layer: doc.layer }),
          ...(doc.smokeTest === undefined ? {} : { smokeTest: { command: doc.smokeTest.command, ...(doc.smokeTest.description === undefined ? {} : { description: doc.smokeTest.description }) } }),
          ...(doc.runRecords === undefined ? {} : { runRecords: doc.runRecords }),
        }),
    orthogonal: doc?.orthogonal === true,
    scratchpad: doc?.scratchpad === true,
    inputs: (doc?.inputs ?? []).map((id) => ({ contract: id, producers: [...(producers.get(id) ?? [])] })),
    rawInputs: [...(doc?.rawInputs ?? [])],
    outputs: (doc?.outputs ?? []).map((o) => ({ contract: o.contract, artifact: o.artifact, path: o.path, requiredWhenEmpty: o.requiredWhenEmpty })),
    entrypoints: (doc?.entrypoints ?? []).map((e) => ({ name: e.name, command: e.command })),
    dependsOn: near.out.map((e) => edge(e.to, e)),
    dependedOnBy: near.in.map((e) => edge(e.from, e)),
    links: linksOf(pagePath.member(member.name)),
  };
}

function contractEntry(catalog: Catalog, contract: Contract): CatalogContract {
  const bus = contractBus(catalog, contract);
  const successor = supersededBy(catalog, contract);
  return {
    id: contract.id,
    family: contract.family,
    version: contract.major,
    description: contract.schema.description,
    ...(bus === undefined ? {} : { bus }),
    shared: contract.shared,
    producers: [...contract.producers],
    consumers: [...contract.consumers],
    versions: contractVersions(catalog, contract).map((v) => v.id),
    superseded: successor !== undefined,
    ...(successor === undefined ? {} : { supersededBy: successor }),
    refs: [...contract.refs],
    referencedBy: referencedBy(catalog, contract.id).map((c) => c.id),
    adrs: adrsAffecting(catalog, contract.id).map((a) => a.doc.id),
    schema: contractSchemaUrl(contract.id),
    links: linksOf(pagePath.contract(contract.id)),
  };
}

function pluginEntry(p: PluginView): CatalogPlugin {
  const url = (file: (typeof PLUGIN_FILES)[keyof typeof PLUGIN_FILES]): string => SITE_URL + pluginFileUrl(p.name, file);
  return {
    name: p.name,
    id: p.spec.plugin_id,
    version: p.spec.version,
    event: p.event.name,
    enabled: p.spec.enabled,
    owner: p.spec.owner,
    description: p.spec.description,
    inputs: [...p.spec.inputs],
    allowedActions: [...p.spec.allowed_actions],
    forbiddenActions: [...p.never],
    ledgerFields: [...p.spec.ledger_required_fields],
    files: {
      manifest: url(PLUGIN_FILES.manifest),
      policySnapshot: url(PLUGIN_FILES.policySnapshot),
      ledgerContract: url(PLUGIN_FILES.ledgerContract),
      readme: url(PLUGIN_FILES.readme),
      healthcheck: url(PLUGIN_FILES.healthcheck),
    },
    links: linksOf(pagePath.plugin(p.name)),
  };
}
