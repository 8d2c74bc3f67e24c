import { posix } from 'node:path';
import type { Nodes, Root } from 'mdast';

type EsmStatement = NonNullable<NonNullable<Extract<Nodes, { type: 'mdxjsEsm' }>['data']>['estree']>['body'][number];

/** One ES module statement of a page, and the partial it imports when it is `import Name from './<partial>.md'`. */
export interface PageStatement {
  readonly node: Extract<Nodes, { type: 'mdxjsEsm' }>;
  readonly statement: EsmStatement;
  /** The imported path, when the statement is a default import of a relative path. */
  readonly source: string | undefined;
  /** The local name and repo-relative path of the partial, when `source` is one of `partials`. */
  readonly partial: { readonly name: string; readonly path: string } | undefined;
}

/** Every top-level ES module statement of a parsed page, resolved against the known generated partials. */
export function pageStatements(pageFile: string, tree: Root, partials: ReadonlySet<string>): PageStatement[] {
  return tree.children.flatMap((node) =>
    node.type !== 'mdxjsEsm'
      ? []
      : (node.data?.estree?.body ?? []).map((statement): PageStatement => {
          const [specifier, ...more] = statement.type === 'ImportDeclaration' ? statement.specifiers : [];
          const value = statement.type === 'ImportDeclaration' ? statement.source.value : undefined;
          const source = typeof value === 'string' && specifier?.type === 'ImportDefaultSpecifier' && more.length === 0 ? value : undefined;
          const path = source !== undefined && source.startsWith('.') ? posix.join(posix.dirname(pageFile), source) : undefined;
          const partial = path !== undefined && partials.has(path) && specifier !== undefined ? { name: specifier.local.name, path } : undefined;
          return { node, statement, source, partial };
        }),
  );
}
