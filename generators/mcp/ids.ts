import { z } from 'zod';
import { CONTRACT_ID } from '../model/contract-id';
import { PLUGIN_NAME } from '../model/plugin-policy';

/**
 * Argument schemas for the ids tools look up. Each id is checked against the
 * pattern of its kind before any lookup, so a value with path characters
 * (`../x`, `a/b`, `C:\x`) is refused with a message naming the argument, and
 * never reaches a map, a path or a message unescaped.
 */
const MEMBER_NAME = /^[a-z][a-z0-9_-]*$/;

export const memberName = z
  .string()
  .max(100)
  .regex(MEMBER_NAME, 'must be a member name (a lower-case letter, then lower-case letters, digits, _ or -); path characters such as / . \\ are refused')
  .describe('A member name, as in the registry, e.g. summarizer.');

export const contractId = z
  .string()
  .max(200)
  .regex(CONTRACT_ID, 'must be a contract id such as event.v2 (dotted lower-case names, then .v and the major version); path characters such as / \\ are refused')
  .describe('A contract id: family and major version, e.g. event.v2.');

export const pluginName = z.string().max(64).regex(PLUGIN_NAME, 'must be a plugin name such as DedupeKeeper; path characters are refused');

export const adrId = z.int().min(1).max(999_999).describe('The ADR number, e.g. 11 for ADR 0011.');

/** An argument that passed its schema but names nothing usable: answered as a tool error, never thrown to the client. */
export class ToolArgumentError extends Error {}

/** A lookup that found nothing: the answer says which ids exist. */
export class UnknownIdError extends ToolArgumentError {
  constructor(what: string, id: string | number, known: readonly (string | number)[]) {
    const shown = known.slice(0, 200).map(String);
    const more = known.length > shown.length ? ` … and ${known.length - shown.length} more` : '';
    super(`No ${what} ${JSON.stringify(id)}. ${what.charAt(0).toUpperCase()}${what.slice(1)}s that exist: ${shown.length === 0 ? '(none)' : shown.join(', ')}${more}.`);
  }
}
