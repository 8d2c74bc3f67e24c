import type { ContractsLock, ErrorTaxonomy, PluginSpec, PolicyPack, Project, Registry } from '../../src/types/sources';
import type { AdrDoc, ContractDoc, Located, MetaSchema, PageDoc } from '../validate/validated-sources';

/** A registry member, with its manifest when it has one (drafts may not). */
export interface Member {
  readonly name: string;
  readonly repo: string;
  readonly draft: boolean;
  readonly manifest: Located<Project> | undefined;
}

export interface Contract {
  readonly id: string;
  readonly family: string;
  readonly major: number;
  readonly file: string;
  readonly schema: ContractDoc;
  /** Ids of the contracts this one `$ref`s, sorted. */
  readonly refs: readonly string[];
  /** Written by every member (listed in the registry's `sharedContracts`), not owned by one producer. */
  readonly shared: boolean;
  /** Members listing the contract in `outputs`, sorted. */
  readonly producers: readonly string[];
  /** Members listing the contract in `inputs`, sorted. */
  readonly consumers: readonly string[];
}

/** A hand-written page in docs/, with the URL the site serves it at. */
export interface HandWrittenPage extends PageDoc {
  readonly route: string;
}

/**
 * The one readonly in-memory model every renderer reads. Collections are sorted
 * by their stable id; the whole object is frozen.
 */
export interface Catalog {
  readonly registry: Located<Registry>;
  readonly members: readonly Member[];
  readonly contracts: readonly Contract[];
  /** The committed contracts lock as read (the new one is rendered from `contracts`). */
  readonly lock: Located<ContractsLock> | undefined;
  readonly errorTaxonomy: Located<ErrorTaxonomy> | undefined;
  readonly policyPack: Located<PolicyPack> | undefined;
  readonly plugins: ReadonlyArray<Located<PluginSpec>>;
  readonly adrs: readonly AdrDoc[];
  readonly meta: readonly MetaSchema[];
  /** Hand-written pages by file. */
  readonly pages: readonly HandWrittenPage[];
}
