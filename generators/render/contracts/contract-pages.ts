import type { PhrasingContent, RootContent } from 'mdast';
import type { Catalog, Contract } from '../../model/catalog';
import { contractFields } from '../../model/contract-fields';
import { contractTypeName } from '../../model/contract-id';
import { supersededBy } from '../../model/contract-changelog';
import { adrsAffecting, contractBus, contractLayouts, contractVersions, referencedBy } from '../../model/contract-usage';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { code, DEFERRED_CODE_IMPORT, deferredCodeBlock, heading, joined, link, list, paragraph, strong, table, text } from '../markdown/mdast';
import { addFiles, renderPage, type RenderedFiles } from '../markdown/render-page';
import { sidebarGroup } from '../markdown/sidebar-group';
import { pagePath } from '../page-paths';
import { decisionList } from '../registry/decision-list';
import { contractLink, memberLink } from '../registry/links';
import { sourceParagraphs, sourceText } from '../registry/source-prose';
import { CONTRACT_TYPES_DIR, renderContractModule } from './contract-types';
import { changelogSection } from './changelog-section';
import { compareVersionsSection } from './compare-versions-section';
import { fieldTable } from './field-table';

/** One page per contract: what it is, who writes and reads it, where it lies, its fields, examples and type. */
export const contractPages: Generator = {
  name: 'render/contracts/contract-pages.ts',
  async render(catalog) {
    const files = new Map<string, string>();
    for (const contract of catalog.contracts) {
      addFiles(files, await contractPage(catalog, contract, this.name));
    }
    return files;
  },
};

async function contractPage(catalog: Catalog, contract: Contract, generator: string): Promise<RenderedFiles> {
  const page = pagePath.contract(contract.id);
  const layouts = contractLayouts(catalog, contract.id);
  const writers = new Set(layouts.map((l) => l.member));
  const manifests = catalog.members.flatMap((m) => (m.manifest !== undefined && (writers.has(m.name) || contract.consumers.includes(m.name)) ? [m.manifest.file] : []));
  const sources = [contract.file, catalog.registry.file, ...manifests];
  const adrs = adrsAffecting(catalog, contract.id);
  const children: RootContent[] = [
    DEFERRED_CODE_IMPORT,
    heading(1, text(contract.id)),
    ...sourceParagraphs(contract.schema.description),
    list(facts(catalog, contract, page)),
    heading(2, text('Layout on disk')),
    ...layoutSection(page, contract, layouts),
    heading(2, text('Fields')),
    paragraph(
      text('Nested fields are written as paths: '),
      code('a.b'),
      text(' for a property of an object, '),
      code('a[]'),
      text(' for the items of an array. A field holding another contract links to its page.'),
    ),
    fieldTable(page, contractFields(contract.schema)),
    heading(2, text('Examples')),
    paragraph(text('Each example is validated against this schema by '), code('npm run check'), text(' and by the site build.')),
    ...contract.schema.examples.flatMap((example, i) => [
      heading(3, text(`Example ${i + 1}`)),
      deferredCodeBlock('json', JSON.stringify(example, null, 2)),
    ]),
    ...changelogSection(catalog, contract, page),
    ...compareVersionsSection(catalog, contract),
    heading(2, text('Decisions affecting this contract')),
    decisionList(page, adrs, 'No decision record names this contract yet.'),
    heading(2, text('TypeScript type')),
    paragraph(
      text('Generated from the schema; import it as '),
      code(`import type { ${contractTypeName(contract.id)} } from '@site/${CONTRACT_TYPES_DIR}/${contract.id}';`),
      text('.'),
    ),
    deferredCodeBlock('ts', (await renderContractModule(contract)).trimEnd()),
  ];
  return renderPage(page, {
    frontMatter: { title: contract.id, description: contract.schema.description, ...sidebarGroup(contract.shared ? 'Shared contracts' : `${contractBus(catalog, contract) ?? contract.family.split('.')[0]} bus`) },
    notice: generatedNotice(generator, [...sources, ...adrs.map((a) => a.file)]),
    children,
  });
}

function facts(catalog: Catalog, contract: Contract, page: string): Array<PhrasingContent[]> {
  const bus = contractBus(catalog, contract);
  const versions = contractVersions(catalog, contract);
  const users = referencedBy(catalog, contract.id);
  const rows: Array<PhrasingContent[]> = [
    [strong(text('Version:')), text(` ${contract.major} of the `), code(contract.family), text(' family'), ...otherVersions(page, contract, versions)],
    contract.shared
      ? [strong(text('Bus:')), text(' none of its own: a shared contract, part of every bus')]
      : [strong(text('Bus:')), text(' '), bus === undefined ? text('none yet (no member emits it)') : code(bus)],
    contract.shared
      ? [strong(text('Producer:')), text(' shared: written by every member')]
      : [strong(text('Producer:')), text(' '), ...(contract.producers.length === 0 ? [text('none yet')] : joined(contract.producers.map((m) => [memberLink(page, m)])))],
    [
      strong(text('Consumers:')),
      text(' '),
      ...(contract.consumers.length > 0
        ? joined(contract.consumers.map((m) => [memberLink(page, m)]))
        : [text(contract.shared ? 'not listed as an input (shared contracts never are)' : 'none yet')]),
    ],
    [
      strong(text('Schema:')),
      text(' '),
      // pathname:// marks a static file, so Docusaurus neither routes nor rewrites it.
      link(`pathname:///schemas/${contract.id}.schema.json`, text(`${contract.id}.schema.json`)),
      text(', published at its '),
      code('$id'),
      text(' '),
      code(contract.schema.$id),
    ],
  ];
  const successor = supersededBy(catalog, contract);
  const newest = versions[versions.length - 1];
  if (successor !== undefined) {
    rows.unshift([strong(text('Status: superseded')), text(' by '), contractLink(page, successor), text('. No member writes it any more; it stays published for the artifacts written with it.')]);
  } else if (newest !== undefined && newest.id !== contract.id) {
    rows.unshift([strong(text('Status:')), text(' still written while readers move to '), contractLink(page, newest.id), text(' (see the changelog below).')]);
  }
  if (contract.refs.length > 0) rows.push([strong(text('Includes:')), text(' '), ...joined(contract.refs.map((id) => [contractLink(page, id)]))]);
  if (users.length > 0) rows.push([strong(text('Included by:')), text(' '), ...joined(users.map((c) => [contractLink(page, c.id)]))]);
  return rows;
}

function otherVersions(page: string, contract: Contract, versions: readonly Contract[]): PhrasingContent[] {
  const others = versions.filter((v) => v.id !== contract.id);
  return others.length === 0 ? [] : [text('; other versions: '), ...joined(others.map((v) => [contractLink(page, v.id)]))];
}

function layoutSection(page: string, contract: Contract, layouts: ReturnType<typeof contractLayouts>): RootContent[] {
  if (layouts.length === 0) return [paragraph(text('No member lists this contract in its outputs yet.'))];
  return [
    paragraph(
      text(
        contract.shared
          ? 'Every member writes this contract; each names where. Paths are relative to the writing member’s repository; '
          : 'Where the producer writes it, relative to its repository; ',
      ),
      code('{placeholders}'),
      text(' name the parts that vary. A file required when empty exists even when a run has nothing to write, so an empty day is told apart from a missing one.'),
    ),
    table(
      ['Written by', 'Artifact', 'Path', 'Required when empty'],
      layouts.map((l) => [[memberLink(page, l.member)], sourceText(l.artifact), [code(l.path)], [text(l.requiredWhenEmpty ? 'yes' : 'no')]]),
    ),
  ];
}
