import type { RootContent } from 'mdast';
import type { Catalog } from '../model/catalog';
import { pluginSuite } from '../model/plugin-view';
import { lifecycleEventsTable } from './plugins/lifecycle-events-table';
import { LIFECYCLE_EVENTS_PARTIAL } from './plugins/plugin-paths';

export interface GeneratedPartial {
  /** The tree the partial is rendered from. */
  tree(catalog: Catalog): RootContent[];
  /** The sources it is generated from, for notices. */
  sources(catalog: Catalog): string[];
}

/**
 * The generated partials a hand-written page may import, by path. The partial's
 * generator renders `tree` into the partial; a page's Markdown copy puts the
 * same tree where the page embeds the partial.
 */
export const PARTIALS: ReadonlyMap<string, GeneratedPartial> = new Map([
  [
    LIFECYCLE_EVENTS_PARTIAL,
    {
      tree: (catalog: Catalog): RootContent[] => {
        const suite = pluginSuite(catalog);
        return suite === undefined ? [] : [lifecycleEventsTable(suite.pack.doc)];
      },
      sources: (catalog: Catalog): string[] => (catalog.policyPack === undefined ? [] : [catalog.policyPack.file]),
    },
  ],
]);
