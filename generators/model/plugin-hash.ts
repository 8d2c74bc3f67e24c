import type { PluginSpec, PolicyPack } from '../../src/types/sources';
import { canonicalJson } from '../util/canonical-json';
import { sha256 } from '../util/hash';

/**
 * Hashes are taken over the canonical JSON of a document, so re-indenting or
 * reordering keys in a source never changes them; any change of a value does.
 */
export function specHash(spec: PluginSpec): string {
  return sha256(canonicalJson(spec));
}

export function policyPackHash(pack: PolicyPack): string {
  return sha256(canonicalJson(pack));
}
