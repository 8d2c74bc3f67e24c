import type { RecordLink } from './imported-record';

/**
 * adr-tools writes links as `<verb> [N. Title](NNNN-title.md)`: `adr new -s N`
 * writes Supersedes / Superseded by, `adr link` any pair of verbs, its help's
 * example being Amends / Amended by. Supersede links become our `supersedes`;
 * the verbs that narrow or extend a record become `refines`.
 */
export const LINK_VERBS: Readonly<Record<string, RecordLink['kind']>> = {
  supersedes: 'supersedes',
  'superseded by': 'superseded-by',
  amends: 'refines',
  'amended by': 'refined-by',
  clarifies: 'refines',
  'clarified by': 'refined-by',
  extends: 'refines',
  'extended by': 'refined-by',
  refines: 'refines',
  'refined by': 'refined-by',
};

/** Our statuses, and the words the two formats use for them. */
export const STATUS_WORDS: Readonly<Record<string, string>> = {
  proposed: 'proposed',
  draft: 'proposed',
  accepted: 'accepted',
  rejected: 'rejected',
  deprecated: 'deprecated',
  superseded: 'superseded',
};
