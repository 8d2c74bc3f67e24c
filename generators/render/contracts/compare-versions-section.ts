import type { PhrasingContent, RootContent } from 'mdast';
import { impactLabel, isBreaking } from '../../evolution/format-change';
import type { Catalog, Contract } from '../../model/catalog';
import { familyComparisons, type VersionComparison } from '../../model/contract-comparisons';
import { code, heading, paragraph, strong, table, text } from '../markdown/mdast';

/**
 * "Compare versions" on every version's page of a family with two or more:
 * each pair older → newer (not only consecutive ones), its changes classified
 * by the structural differ that `npm run impact` and
 * CONTRACT_CHANGED_WITHOUT_BUMP use. Schema text only ever lands in text and
 * code nodes, so the serialiser escapes it.
 */
export function compareVersionsSection(catalog: Catalog, contract: Contract): RootContent[] {
  const pairs = familyComparisons(catalog, contract);
  if (pairs.length === 0) return [];
  return [
    heading(2, text('Compare versions')),
    paragraph(
      text(`Every pair of versions of the `),
      code(contract.family),
      text(' family, older to newer, compared field by field (refs into other contracts followed). A change is breaking for readers when consumers built for the older version may fail on data of the newer, breaking for writers when data written for the older version may fail the newer.'),
    ),
    ...pairs.flatMap(pairSection),
  ];
}

function pairSection(pair: VersionComparison): RootContent[] {
  const title = heading(3, code(pair.older.id), text(' → '), code(pair.newer.id));
  if (pair.changes.length === 0) return [title, paragraph(text('No structural changes.'))];
  const breaking = pair.changes.filter(isBreaking).length;
  return [
    title,
    paragraph(text(`${pair.changes.length} change${pair.changes.length === 1 ? '' : 's'}, ${breaking} breaking.`)),
    table(
      ['Field', 'Change', 'Classification'],
      pair.changes.map((c) => [[code(c.path === '' ? '(document)' : c.path)], [text(c.detail)], classification(c)]),
    ),
  ];
}

function classification(change: VersionComparison['changes'][number]): PhrasingContent[] {
  const label = impactLabel(change);
  return isBreaking(change) ? [strong(text(label))] : [text(label)];
}
