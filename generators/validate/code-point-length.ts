import ucs2length from 'ajv/dist/runtime/ucs2length';

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The length of a string in Unicode code points, as `minLength` and `maxLength`
 * count it: Ajv's own count walks every UTF-16 unit in JavaScript; a string
 * without surrogates (nearly all of them) has as many code points as units, and
 * the native regular expression finds out tens of times faster. Same answers.
 */
export function codePointLength(text: string): number {
  return SURROGATE.test(text) ? ucs2length(text) : text.length;
}
// How Ajv's standalone code (the published verifier's validators) reaches this same function:
// `require` there is the verifier's table of bundled modules (verify/standalone/runtime-modules.ts).
codePointLength.code = 'require("ops-manual/code-point-length").codePointLength';
