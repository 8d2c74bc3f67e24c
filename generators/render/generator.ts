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

/**
 * A generator that assembles what other generators planned (llms-full.txt joins
 * every page's Markdown copy): it runs after all of them, still a pure function
 * of the catalog and that plan.
 */
export interface PlanGenerator {
  readonly name: string;
  render(catalog: Catalog, planned: PlannedFiles): PlannedFiles;
}
