import type { Catalog } from '../model/catalog';

/** Planned output: repo-relative POSIX path → file content. */
export type PlannedFiles = ReadonlyMap<string, string>;

/**
 * A renderer: a pure function of the catalog. It never touches the file system
 * (an ESLint-free guard: test/render-purity.test.ts checks the imports).
 */
export interface Generator {
  readonly name: string;
  render(catalog: Catalog): PlannedFiles | Promise<PlannedFiles>;
}
