import { codePointLength } from '../../validate/code-point-length';
import { linearRegExp } from '../../validate/linear-regexp';

/**
 * Every module Ajv's standalone validator code may `require` (not Ajv's native re2
 * engine: patterns run on the manual's own), bundled into the
 * published verifier: Ajv's runtime helpers, ajv-formats' formats, and the
 * linear-time pattern engine and the code-point count the manual's Ajv uses
 * (`linearRegExp.code` and `codePointLength.code` name them here). The standalone validators get this table as their `require`; a name
 * missing from it fails the generator, never a member's run
 * (`standalone-validators.ts` checks every validator's requires against it).
 */
export const RUNTIME_MODULES: Readonly<Record<string, unknown>> = {
  'ajv/dist/runtime/equal': require('ajv/dist/runtime/equal'),
  'ajv/dist/runtime/parseJson': require('ajv/dist/runtime/parseJson'),
  'ajv/dist/runtime/quote': require('ajv/dist/runtime/quote'),
  'ajv/dist/runtime/timestamp': require('ajv/dist/runtime/timestamp'),
  'ajv/dist/runtime/uri': require('ajv/dist/runtime/uri'),
  'ajv/dist/runtime/validation_error': require('ajv/dist/runtime/validation_error'),
  'ajv-formats/dist/formats': require('ajv-formats/dist/formats'),
  'ops-manual/code-point-length': { codePointLength },
  'ops-manual/linear-regexp': { linearRegExp },
};

export function runtimeRequire(name: string): unknown {
  if (!Object.hasOwn(RUNTIME_MODULES, name)) throw new Error(`ops-verify: a validator requires "${name}", which the verifier does not bundle`);
  return RUNTIME_MODULES[name];
}
