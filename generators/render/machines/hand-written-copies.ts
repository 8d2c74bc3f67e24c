import type { Nodes, RootContent } from 'mdast';
import { memoized } from '../../cache/memo';
import type { Catalog, HandWrittenPage } from '../../model/catalog';
import { parsePageBody } from '../../model/page-body';
import { pageStatements } from '../../model/page-imports';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { markdownCopyNodes, renderMarkdownCopy } from '../markdown/markdown-copy';
import { withMarkdown } from '../markdown/mdast';
import { PARTIALS } from '../partials';

const NAME = 'render/machines/hand-written-copies.ts';

/**
 * The Markdown copy of every hand-written page in docs/, from its body parsed as
 * the site compiles it (MDX): imports dropped, each embedded partial replaced by
 * the tree the partial is generated from, comments left out. Validation
 * (page-markdown-copy) has refused any other MDX, so nothing else needs a form.
 */
export const handWrittenCopies: Generator = {
  name: NAME,
  render(catalog) {
    return new Map(catalog.pages.map((page) => copyOf(catalog, page)));
  },
};

function copyOf(catalog: Catalog, page: HandWrittenPage): readonly [string, string] {
  const tree = parsePageBody(page.body);
  const partials = new Map(pageStatements(page.file, tree, new Set(PARTIALS.keys())).flatMap((s) => (s.partial === undefined ? [] : [[s.partial.name, s.partial.path] as const])));
  const embedded = new Map([...new Set(partials.values())].map((path) => [path, markdownCopyNodes(path, page.route, PARTIALS.get(path)?.tree(catalog) ?? [])]));
  const sources = [page.file, ...[...embedded.keys()].flatMap((path) => PARTIALS.get(path)?.sources(catalog) ?? [])];
  const notice = generatedNotice(NAME, [...new Set(sources)]);
  return memoized('hand-written-copy', JSON.stringify([page.file, page.route, notice, page.body, [...embedded]]), () => {
    const prepare = (node: Nodes): Nodes => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null && partials.has(node.name)) {
        return withMarkdown(node as RootContent, embedded.get(partials.get(node.name) as string) ?? []) as Nodes;
      }
      // Only comments pass validation: they have no text.
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return withMarkdown(node as RootContent, []) as Nodes;
      return 'children' in node ? ({ ...node, children: (node.children as Nodes[]).map(prepare) } as Nodes) : node;
    };
    return renderMarkdownCopy(page.file, page.route, notice, tree.children.map((n) => prepare(n) as RootContent));
  });
}
