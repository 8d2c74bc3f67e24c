import { RE2JS } from 're2js';
import { boundedNativePattern } from './bounded-pattern';

/**
 * Regular expressions from sources (`pattern`, `patternProperties`) run on RE2's
 * linear-time engine, so no pattern can make the gate backtrack for ever
 * (`^(a+)+$` against forty `a`s and a `b` takes microseconds, not years).
 * Patterns that provably cannot backtrack for long run natively instead
 * (`boundedNativePattern`): same answers, ten times faster per test.
 * Ajv calls this as its `code.regExp` engine; the compiled object's `toString`
 * is the pattern, which Ajv uses as its cache key.
 */
export function linearRegExp(pattern: string): { test(text: string): boolean } {
  return boundedNativePattern(pattern) ?? RE2JS.compile(pattern);
}
// How Ajv's standalone code (the published verifier's validators) reaches this same function:
// `require` there is the verifier's table of bundled modules (verify/standalone/runtime-modules.ts).
linearRegExp.code = 'require("ops-manual/linear-regexp").linearRegExp';

/** Why RE2 cannot run the pattern (backreferences, lookaround, bad syntax), or undefined when it can. */
export function unsupportedPattern(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /, '');
  }
}
