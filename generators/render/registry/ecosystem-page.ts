import type { PhrasingContent, RootContent } from 'mdast';
import type { Catalog, Member } from '../../model/catalog';
import { emittedContracts } from '../../model/registry-members';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { categoryFile } from '../markdown/category-file';
import { code, codeBlock, heading, joined, paragraph, table, text } from '../markdown/mdast';
import { renderPage } from '../markdown/render-page';
import { pagePath } from '../page-paths';
import { constellation } from './constellation';
import { EDGE_LEGEND } from './edge-legend';
import { contractRef, memberLink } from './links';
import { sourceParagraphs, sourceText } from './source-prose';

export const ECOSYSTEM_PAGE = pagePath.registryIndex();

/** The ecosystem table (one row per member: what it reads, writes, runs and records) and the constellation diagram. */
export const ecosystemPage: Generator = {
  name: 'render/registry/ecosystem-page.ts',
  render(catalog) {
    const sources = [catalog.registry.file, ...catalog.members.flatMap((m) => (m.manifest ? [m.manifest.file] : []))];
    const known = new Set(catalog.contracts.map((c) => c.id));
    const files = renderPage(ECOSYSTEM_PAGE, {
      frontMatter: { title: 'Ecosystem', sidebar_position: 1, description: `Members of ${catalog.registry.doc.name}: bus roles, seams, entrypoints and run records.` },
      notice: generatedNotice(this.name, sources),
      children: [
        heading(1, text(catalog.registry.doc.name)),
        ...(catalog.registry.doc.description ? sourceParagraphs(catalog.registry.doc.description) : []),
        ...(catalog.members.length === 0 ? emptyRegistry(catalog) : [
          paragraph(
            text('Every member has one primary bus role and reads other members only through the contracts listed as its inputs. Layers, upstream first: '),
            ...joined((catalog.registry.doc.layers ?? []).map((l) => [code(l)])),
            text('.'),
          ),
          table(
            ['Project', 'Bus role', 'Primary inputs', 'Primary outputs', 'Entrypoints', 'Smoke test', 'Run records', 'Schema versions emitted'],
            catalog.members.map((m) => memberRow(catalog, m, known)),
          ),
          heading(2, text('Constellation')),
          paragraph(text(EDGE_LEGEND)),
          codeBlock('mermaid', constellation(catalog)),
        ]),
      ],
    });
    return new Map([
      ...files,
      ['docs/registry/_category_.yml', categoryFile(generatedNotice(this.name, [catalog.registry.file]), 'Registry', 10, 'registry/index')],
    ]);
  },
};

/** A registry without members yet (a fresh \`npm run init\`): what to do next instead of an empty table and diagram. */
function emptyRegistry(catalog: Catalog): RootContent[] {
  const layers = catalog.registry.doc.layers ?? [];
  return [
    paragraph(text('No members yet: add the first with '), code('npm run new -- member <name> --role <kind> --bus <bus>'), text(', which registers it as a draft with a manifest to fill in (see Adding a project).')),
    ...(layers.length > 0 ? [paragraph(text('Layers, upstream first: '), ...joined(layers.map((l) => [code(l)])), text('.'))] : []),
  ];
}

function memberRow(catalog: Catalog, member: Member, known: ReadonlySet<string>): Array<readonly PhrasingContent[]> {
  const name = [memberLink(ECOSYSTEM_PAGE, member.name), ...(member.draft ? [text(' (draft)')] : [])];
  const manifest = member.manifest?.doc;
  if (manifest === undefined) return [name, [text(member.draft ? 'draft: no manifest yet' : '—')], [], [], [], [], [], []];
  const shared = new Set(catalog.registry.doc.sharedContracts ?? []);
  const ref = (id: string): PhrasingContent[] => [contractRef(ECOSYSTEM_PAGE, id, known)];
  return [
    name,
    [text(`${manifest.role.kind} of the ${manifest.role.bus} bus`)],
    manifest.inputs.length === 0 ? [text('none (own raw inputs only)')] : joined(manifest.inputs.map(ref)),
    joined(manifest.outputs.filter((o) => !shared.has(o.contract)).map((o) => sourceText(o.artifact))),
    joined(manifest.entrypoints.map((e) => [code(e.command)])),
    manifest.smokeTest ? [code(manifest.smokeTest.command)] : [text('—')],
    manifest.runRecords ? [code(manifest.runRecords)] : [text('—')],
    joined(emittedContracts(member).map(ref)),
  ];
}
