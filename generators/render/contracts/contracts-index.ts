import type { PhrasingContent, RootContent } from 'mdast';
import type { Catalog, Contract } from '../../model/catalog';
import { contractBus, contractVersions } from '../../model/contract-usage';
import { compareStrings } from '../../util/canonical-json';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { categoryFile } from '../markdown/category-file';
import { code, heading, joined, paragraph, table, text } from '../markdown/mdast';
import { renderPage } from '../markdown/render-page';
import { pagePath } from '../page-paths';
import { contractLink, memberLink } from '../registry/links';

const SHARED = '\u0000shared';
const UNOWNED = '\u0001unowned';

/** The contract catalog: every contract grouped by bus, with its producer, consumers and versions. */
export const contractsIndex: Generator = {
  name: 'render/contracts/contracts-index.ts',
  render(catalog) {
    const page = pagePath.contractsIndex();
    const groups = new Map<string, Contract[]>();
    for (const contract of catalog.contracts) {
      const key = contract.shared ? SHARED : (contractBus(catalog, contract) ?? UNOWNED);
      groups.set(key, [...(groups.get(key) ?? []), contract]);
    }
    // Buses by name, then the shared contracts, then any contract nobody emits yet.
    const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || compareStrings(a, b));
    const children: RootContent[] = [
      heading(1, text('Contracts')),
      paragraph(
        text(
          'Every contract of the ecosystem, grouped by the bus it belongs to. A bus is owned by exactly one producer; consumers read it only through the contracts listed here. Each page shows the fields, on-disk layout, examples, decisions and generated type of one contract; the raw schemas are published under ',
        ),
        code('/schemas/<id>.schema.json'),
        text('.'),
      ),
      ...order.flatMap((key) => busSection(catalog, page, key, groups.get(key) ?? [])),
    ];
    const sources = [catalog.registry.file, ...catalog.contracts.map((c) => c.file)];
    return new Map([
      ...renderPage(page, { frontMatter: { title: 'Contracts', sidebar_position: 1, description: 'Every bus contract by bus: producer, consumers and versions.' }, notice: generatedNotice(this.name, sources), children }),
      ['docs/contracts/_category_.yml', categoryFile(generatedNotice(this.name, [catalog.registry.file]), 'Contracts', 20, 'contracts/index')],
    ]);
  },
};

function rank(key: string): number {
  return key === SHARED ? 1 : key === UNOWNED ? 2 : 0;
}

function busSection(catalog: Catalog, page: string, key: string, contracts: readonly Contract[]): RootContent[] {
  const title: PhrasingContent[] =
    key === SHARED ? [text('Shared contracts')] : key === UNOWNED ? [text('Not emitted by any member yet')] : [text('Bus '), code(key)];
  const intro =
    key === SHARED
      ? [paragraph(text('Written by every member rather than owned by one producer: the bus manifest next to every partition and the run record of every run.'))]
      : [];
  return [
    heading(2, ...title),
    ...intro,
    table(
      ['Contract', 'Producer', 'Consumers', 'Versions'],
      contracts.map((c) => [
        [contractLink(page, c.id)],
        c.shared ? [text('shared: written by every member')] : c.producers.length === 0 ? [text('—')] : joined(c.producers.map((m) => [memberLink(page, m)])),
        c.consumers.length === 0 ? [text('—')] : joined(c.consumers.map((m) => [memberLink(page, m)])),
        joined(contractVersions(catalog, c).map((v) => [contractLink(page, v.id)])),
      ]),
    ),
  ];
}
