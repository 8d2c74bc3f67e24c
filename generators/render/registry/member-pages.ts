import type { PhrasingContent, RootContent } from 'mdast';
import type { Catalog, Member } from '../../model/catalog';
import { adrsAffecting } from '../../model/contract-usage';
import type { Edge } from '../../model/registry-graph';
import { neighbourhood } from '../../model/registry-graph';
import { catalogEdges, emittedContracts } from '../../model/registry-members';
import type { Project } from '../../../src/types/sources';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { code, codeBlock, heading, joined, LAZY_MERMAID_IMPORT, lazyMermaid, link, list, paragraph, strong, table, text } from '../markdown/mdast';
import { sidebarGroup } from '../markdown/sidebar-group';
import { renderPage, type RenderedFiles } from '../markdown/render-page';
import { pagePath, relativeLink } from '../page-paths';
import { OPS_VERIFY_URL } from '../tools/tool-paths';
import { neighbourhoodDiagram } from './constellation';
import { decisionList } from './decision-list';
import { NEIGHBOURHOOD_LEGEND } from './edge-legend';
import { contractRef, memberLink } from './links';
import { sourceParagraphs, sourceText } from './source-prose';

/** The hand-written guide the verify section links to, when the manual has it. */
const VERIFYING_PAGE = 'docs/verifying-a-run.md';

/** One page per registry member: role, seams, outputs, how to run it and verify its runs, its edges and its neighbourhood. */
export const memberPages: Generator = {
  name: 'render/registry/member-pages.ts',
  render(catalog) {
    const edges = catalogEdges(catalog);
    const known = new Set(catalog.contracts.map((c) => c.id));
    return new Map(catalog.members.flatMap((m) => memberPage(catalog, m, edges, known, this.name)));
  },
};

function memberPage(catalog: Catalog, member: Member, edges: readonly Edge[], known: ReadonlySet<string>, generator: string): RenderedFiles {
  const page = pagePath.member(member.name);
  const doc = member.manifest?.doc;
  const near = neighbourhood(edges, member.name);
  const adrs = adrsAffecting(catalog, member.name);
  const partners = new Set([...near.out.map((e) => e.to), ...near.in.map((e) => e.from)]);
  const partnerFiles = catalog.members.flatMap((m) => (partners.has(m.name) && m.manifest !== undefined ? [m.manifest.file] : []));
  const sources = [catalog.registry.file, ...(member.manifest ? [member.manifest.file] : []), ...partnerFiles, ...adrs.map((a) => a.file)];
  const children: RootContent[] = [
    heading(1, text(member.name)),
    ...(doc === undefined ? [] : sourceParagraphs(doc.summary)),
    list(facts(catalog, member)),
    ...(doc === undefined ? draftBody(member) : manifestBody(catalog, page, doc, member, known)),
    heading(2, text('Dependencies')),
    heading(3, text('Depends on')),
    edgeTable(page, near.out, 'to', `${member.name} declares no dependency.`),
    heading(3, text('Depended on by')),
    edgeTable(page, near.in, 'from', `No member declares a dependency on ${member.name}.`),
    ...neighbourhoodSection(catalog, member, [...near.out, ...near.in]),
    heading(2, text('Decisions affecting this member')),
    decisionList(page, adrs, 'No decision record names this member yet.'),
  ];
  return renderPage(page, {
    frontMatter: {
      title: member.name,
      description: doc?.summary ?? `${member.name}: a draft member, not yet admitted.`,
      ...sidebarGroup(member.draft ? 'Drafts' : doc?.orthogonal === true ? 'Orthogonal' : `Layer: ${doc?.layer ?? 'none'}`),
    },
    notice: generatedNotice(generator, sources),
    children,
  });
}

function facts(catalog: Catalog, member: Member): Array<PhrasingContent[]> {
  const doc = member.manifest?.doc;
  const layers = catalog.registry.doc.layers ?? [];
  const status = [member.draft ? 'draft: listed but not yet admitted' : 'admitted'];
  if (doc?.orthogonal === true) status.push('orthogonal: infrastructure outside the bus chain and the layer order');
  if (doc?.scratchpad === true) status.push('scratchpad: may read buses, but nothing may depend on it or read its outputs');
  const rows: Array<PhrasingContent[]> = [
    [strong(text('Status:')), text(` ${status.join('; ')}`)],
    [strong(text('Repository:')), text(' '), link(member.repo, text(member.repo))],
  ];
  if (doc !== undefined) {
    rows.push([strong(text('Role:')), text(` ${doc.role.kind} of the `), code(doc.role.bus), text(' bus')]);
    const rank = doc.layer === undefined ? -1 : layers.indexOf(doc.layer);
    rows.push(
      doc.layer === undefined
        ? [strong(text('Layer:')), text(' none')]
        : [strong(text('Layer:')), text(' '), code(doc.layer), ...(rank >= 0 ? [text(` (${rank + 1} of ${layers.length}, upstream first)`)] : [])],
    );
  }
  return rows;
}

function draftBody(member: Member): RootContent[] {
  return [
    paragraph(
      text(
        `${member.name} has no manifest yet. A draft needs none; it is admitted by adding registry/projects/${member.name}.json with a smoke test, a run-record location and at least one emitted contract, then removing "draft": true from the registry. Nothing may depend on it until then.`,
      ),
    ),
  ];
}

function manifestBody(catalog: Catalog, page: string, doc: Project, member: Member, known: ReadonlySet<string>): RootContent[] {
  const producerOf = (id: string): PhrasingContent[] => {
    const contract = catalog.contracts.find((c) => c.id === id);
    if (contract === undefined || contract.producers.length === 0) return [text('—')];
    return joined(contract.producers.map((p) => [memberLink(page, p)]));
  };
  const emitted = emittedContracts(member);
  return [
    heading(2, text('Seams')),
    paragraph(text('A member reads other members only through the contracts it lists as inputs, each written by exactly one producer.')),
    heading(3, text('Inputs')),
    doc.inputs.length === 0
      ? paragraph(text('No bus inputs: it reads only its own raw inputs.'))
      : table(['Contract', 'Producer'], doc.inputs.map((id) => [[contractRef(page, id, known)], producerOf(id)])),
    ...(doc.rawInputs === undefined || doc.rawInputs.length === 0
      ? []
      : [heading(3, text('Raw inputs (private)')), paragraph(text(`Read by ${member.name} only; no other member may read them.`)), list(doc.rawInputs.map((r) => sourceText(r)))]),
    heading(3, text('Outputs')),
    doc.outputs.length === 0
      ? paragraph(text('No outputs listed.'))
      : table(
          ['Contract', 'Artifact', 'Path', 'Required when empty'],
          doc.outputs.map((o) => [[contractRef(page, o.contract, known)], sourceText(o.artifact), [code(o.path)], [text(o.requiredWhenEmpty ? 'yes' : 'no')]]),
        ),
    heading(2, text('Running it')),
    heading(3, text('Entrypoints')),
    doc.entrypoints.length === 0 ? paragraph(text('No entrypoints listed.')) : table(['Name', 'Command'], doc.entrypoints.map((e) => [[text(e.name)], [code(e.command)]])),
    heading(3, text('Smoke test')),
    ...(doc.smokeTest === undefined
      ? [paragraph(text('None recorded.'))]
      : [codeBlock('sh', doc.smokeTest.command), ...sourceParagraphs(doc.smokeTest.description)]),
    heading(3, text('Run records')),
    doc.runRecords === undefined
      ? paragraph(text('No run-record location recorded.'))
      : paragraph(text('Every run writes a '), contractRef(page, 'run_record.v1', known), text(' under '), code(doc.runRecords), text(', whether it succeeds or fails.')),
    heading(3, text('Schema versions emitted')),
    emitted.length === 0 ? paragraph(text('None.')) : list(emitted.map((id) => [contractRef(page, id, known)])),
    ...verifySection(catalog, page, member.name),
  ];
}

/** The commands that check a run of the member, and its own manifest, against this manual. */
function verifySection(catalog: Catalog, page: string, name: string): RootContent[] {
  const guide = catalog.pages.find((p) => p.file === VERIFYING_PAGE);
  return [
    heading(2, text('Verifying its runs')),
    paragraph(
      text(`In ${name}'s own checkout (its CI or its smoke test), with Node 20 or later and nothing to install, the published verifier checks the latest run (run record, seams, outputs line by line, bus manifests) and ${name}'s own manifest against this manual:`),
    ),
    codeBlock('sh', [`curl -fsSLo ops-verify.mjs ${OPS_VERIFY_URL}`, 'node ops-verify.mjs run --repo . --latest', 'node ops-verify.mjs manifest --repo . --reconcile'].join('\n')),
    paragraph(text(`In a clone of this manual, with ${name} checked out beside it, the same checks print the same report:`)),
    codeBlock('sh', [`npm run verify -- run ${name} --repo ../${name} --latest`, `npm run verify -- manifest --repo ../${name} --reconcile`].join('\n')),
    paragraph(
      text('Exit code 0: the run complies. 1: it does not, so stop the line; the report names each rule broken, with file, line and fix. Add '),
      code('--format github'),
      text(' for annotations in GitHub Actions, '),
      code('--json'),
      text(' for tools.'),
      ...(guide === undefined ? [] : [text(' '), link(relativeLink(page, guide.file), text(guide.doc.title ?? 'Verifying a run')), text(' says what each rule checks and how to wire it into CI.')]),
    ),
  ];
}

function edgeTable(page: string, edges: readonly Edge[], side: 'to' | 'from', none: string): RootContent {
  if (edges.length === 0) return paragraph(text(none));
  return table(
    ['Member', 'Kind', 'Note'],
    edges.map((e) => [[memberLink(page, e[side])], [code(e.kind)], e.note === undefined ? [] : sourceText(e.note)]),
  );
}

function neighbourhoodSection(catalog: Catalog, member: Member, edges: readonly Edge[]): RootContent[] {
  if (edges.length === 0) return [];
  return [LAZY_MERMAID_IMPORT, heading(3, text('Neighbourhood')), paragraph(text(NEIGHBOURHOOD_LEGEND)), lazyMermaid(neighbourhoodDiagram(catalog, member, edges))];
}
