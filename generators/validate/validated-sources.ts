import type { Adr, ContractsLock, ErrorTaxonomy, Page, PluginSpec, PolicyPack, Project, Registry, SourcesLock } from '../../src/types/sources';

/** A document that passed its meta-schema, with the repo-relative file it came from. */
export interface Located<T> {
  readonly file: string;
  readonly doc: T;
}

export interface ContractDoc {
  readonly $id: string;
  readonly title: string;
  readonly description: string;
  readonly examples: readonly unknown[];
  readonly [keyword: string]: unknown;
}

export interface AdrDoc extends Located<Adr> {
  readonly body: string;
  readonly bodyLine: number;
  /** A MADR record's `status: superseded by ADR-NNNN`: the successor it names (which then lists it under `supersedes`). */
  readonly supersededBy?: number;
}

/** A hand-written page under docs/: its front matter and its body (MDX, as Docusaurus compiles it). */
export interface PageDoc extends Located<Page> {
  readonly body: string;
  readonly bodyLine: number;
}

export interface MetaSchema {
  readonly name: string;
  readonly file: string;
  readonly schema: Readonly<Record<string, unknown>>;
}

/** What the cross-file rules and the model see: only documents whose shape is valid. */
export interface ValidatedSources {
  readonly meta: readonly MetaSchema[];
  readonly registry: Located<Registry> | undefined;
  readonly projects: ReadonlyArray<Located<Project>>;
  readonly contracts: ReadonlyArray<Located<ContractDoc>>;
  /** The committed lock; undefined before the first gen. */
  readonly lock: Located<ContractsLock> | undefined;
  readonly errorTaxonomy: Located<ErrorTaxonomy> | undefined;
  readonly policyPack: Located<PolicyPack> | undefined;
  /** Which commit each member's manifest was synced from (`sync --from-git`); undefined when none was. */
  readonly sourcesLock: Located<SourcesLock> | undefined;
  readonly plugins: ReadonlyArray<Located<PluginSpec>>;
  readonly adrs: readonly AdrDoc[];
  /** Hand-written pages directly in docs/, which ADR bodies may link to. */
  readonly pages: readonly PageDoc[];
  /** Files that exist but were rejected before the rules (see rejected-sources.ts). */
  readonly rejected: ReadonlySet<string>;
}
