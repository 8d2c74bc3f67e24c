import { posix } from 'node:path';
import type { Nodes } from 'mdast';
import { diagnostic, type Diagnostic } from '../../../diagnostics/diagnostic';
import { parsePageBody } from '../../../model/page-body';
import { pageStatements } from '../../../model/page-imports';
import { PARTIALS } from '../../../render/partials';
import type { PageDoc } from '../../validated-sources';
import type { Rule } from '../rule';

/**
 * A hand-written page can be published as clean Markdown: every page gets a
 * Markdown copy without JSX or imports, so the MDX in it is limited to what that
 * copy can carry. A page may import a generated partial (`import X from
 * './plugins/_x.md'`) and embed it as `<X />`, which the copy replaces by the
 * partial's content, and may hold `{/* comments *\/}`. Anything else (other
 * imports or exports, other components, expressions) has no Markdown form.
 */
export const pageMarkdownCopy: Rule = {
  name: 'page-markdown-copy',
  codes: ['PAGE_MDX_SYNTAX', 'PAGE_ESM_UNSUPPORTED', 'PAGE_COMPONENT_UNSUPPORTED', 'PAGE_EXPRESSION_UNSUPPORTED'],
  check(sources, report) {
    for (const page of sources.pages) for (const d of pageProblems(page)) report(d);
  },
};

function pageProblems(page: PageDoc): Diagnostic[] {
  const at = (line: number | undefined, column: number | undefined): { line: number; column: number } => ({ line: page.bodyLine + (line ?? 1) - 1, column: column ?? 1 });
  let tree;
  try {
    tree = parsePageBody(page.body);
  } catch (e) {
    const place = e as { line?: number; column?: number; reason?: string; message?: string };
    return [
      {
        ...diagnostic('PAGE_MDX_SYNTAX', page.file, '', `The page does not compile as MDX: ${place.reason ?? place.message ?? String(e)}`, 'Docusaurus compiles pages as MDX: put `{`, `}` and `<` that are meant as text inside code spans, and close every tag.'),
        ...at(place.line, place.column),
      },
    ];
  }
  const problems: Diagnostic[] = [];
  const bound = new Set<string>();
  const report = (node: { position?: Nodes['position'] }, code: string, message: string, hint: string): void => {
    problems.push({ ...diagnostic(code, page.file, '', message, hint), ...at(node.position?.start.line, node.position?.start.column) });
  };
  for (const { node, statement, source, partial } of pageStatements(page.file, tree, new Set(PARTIALS.keys()))) {
    if (partial !== undefined) {
      bound.add(partial.name);
      continue;
    }
    // Each statement where it starts (one ESM block may hold several).
    const loc = (statement as { loc?: { start: { line: number; column: number } } }).loc;
    report(
      loc === undefined ? node : { position: { start: { line: loc.start.line, column: loc.start.column + 1 }, end: { line: loc.start.line, column: loc.start.column + 1 } } },
      'PAGE_ESM_UNSUPPORTED',
      statement.type === 'ImportDeclaration'
        ? `The page imports ${JSON.stringify(source ?? String(statement.source.value))}, which is not a generated partial, so its Markdown copy cannot carry it.`
        : 'The page has an ES module statement other than an import, which its Markdown copy cannot carry.',
      `A page may import only the generated partials (${[...PARTIALS.keys()].map((p) => `./${posix.relative('docs', p)}`).join(', ')}), as \`import Name from './path.md';\`, and embed them as \`<Name />\`.`,
    );
  }
  const walk = (node: Nodes): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== null && bound.has(node.name) && (node.attributes.length > 0 || node.children.length > 0)) {
        report(node, 'PAGE_COMPONENT_UNSUPPORTED', `<${node.name}> embeds a generated partial, which takes no attributes or children.`, `Write it as <${node.name} />.`);
      } else if (node.name === null || !bound.has(node.name)) {
        report(
          node,
          'PAGE_COMPONENT_UNSUPPORTED',
          `<${node.name ?? ''}> has no Markdown form for the page's Markdown copy.`,
          bound.size === 0
            ? 'Write it as Markdown (a table, a list, a code block); to show angle brackets as text, put them in a code span.'
            : `Embed only the imported partials, as ${[...bound].map((n) => `<${n} />`).join(', ')}; write anything else as Markdown.`,
        );
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if ((node.data?.estree?.body.length ?? 1) > 0) {
        report(node, 'PAGE_EXPRESSION_UNSUPPORTED', `The expression {${node.value.trim().slice(0, 60)}} has no Markdown form for the page's Markdown copy.`, 'Write the text it would produce; braces meant as text go inside a code span. Only {/* comments */} are allowed.');
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const node of tree.children) walk(node);
  return problems;
}
