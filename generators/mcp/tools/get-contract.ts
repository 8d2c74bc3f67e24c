import { z } from 'zod';
import { familyChangelog } from '../../model/contract-changelog';
import { DRAFT_2020_12 } from '../../model/contract-id';
import { migrationSection } from '../../render/contracts/changelog-section';
import { markdownCopyNodes } from '../../render/markdown/markdown-copy';
import { serializeCopy } from '../../render/markdown/serialize';
import { pagePath, routeOfPage } from '../../render/page-paths';
import { contractId } from '../ids';
import { contractEntry } from '../shapes';
import { defineTool } from '../tool';
import { contractOf } from './lookups';

const change = z.strictObject({
  path: z.string().describe('The field, e.g. source_ref.file; empty for the whole document.'),
  kind: z.string(),
  detail: z.string(),
  readers: z.enum(['breaking', 'compatible']).describe('For consumers built against the previous version reading data of this one.'),
  writers: z.enum(['breaking', 'compatible']).describe('For producers writing data shaped for the previous version.'),
});

/** One contract: its schema, who writes and reads it, its family's changelog and the migration notes. */
export const getContract = defineTool({
  name: 'get_contract',
  title: 'Get a contract',
  description:
    "One contract version: its JSON Schema (as published at its $id), producer, consumers, versions and page; the changelog of its family (each version's classified changes from the one before, breaking or compatible for readers and for writers, and the ADRs that introduced it); and the Migration section of each of those ADRs, as Markdown.",
  input: z.strictObject({ id: contractId }),
  output: z.strictObject({
    contract: contractEntry,
    schema: z.record(z.string(), z.unknown()),
    changelog: z.array(z.strictObject({ version: z.string(), previous: z.string().optional(), changes: z.array(change), adrs: z.array(z.number()) })),
    migrationNotes: z.array(z.strictObject({ adr: z.number(), version: z.string(), markdown: z.string() })),
  }),
  run(context, { id }) {
    const entry = contractOf(context, id);
    const contract = context.catalog.contracts.find((c) => c.id === entry.id);
    if (contract === undefined) throw new Error(`${id} is in catalog.json but not in the catalog`);
    const changelog = familyChangelog(context.catalog, contract);
    return {
      contract: entry,
      schema: { ...contract.schema, $schema: DRAFT_2020_12 },
      changelog: changelog.map((e) => ({
        version: e.contract.id,
        ...(e.previous === undefined ? {} : { previous: e.previous.id }),
        changes: e.changes.map((c) => ({ path: c.path, kind: c.kind, detail: c.detail, readers: c.readers, writers: c.writers })),
        adrs: e.adrs.map((a) => a.doc.id),
      })),
      migrationNotes: changelog.flatMap((e) =>
        e.adrs.flatMap((adr) => {
          const section = migrationSection(adr);
          const page = pagePath.adr(adr.file);
          const route = routeOfPage(page) ?? '/';
          return section === undefined ? [] : [{ adr: adr.doc.id, version: e.contract.id, markdown: serializeCopy({ type: 'root', children: markdownCopyNodes(page, route, section) }) }];
        }),
      ),
    };
  },
});
