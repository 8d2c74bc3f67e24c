import type { ErrorObject } from 'ajv';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic';

/**
 * Turns Ajv errors into diagnostics. Pointers are kept from `instancePath`, prefixed
 * with `base` when the validated value sits inside the file (an example, front matter).
 */
export function ajvDiagnostics(
  code: string,
  file: string,
  errors: readonly ErrorObject[] | null | undefined,
  what: string,
  base = '',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // `if`/`anyOf` wrappers repeat what their branches already said.
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'allOf') continue;
    const d = describe(code, file, base, e, what);
    const key = `${d.pointer}\0${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

function describe(code: string, file: string, base: string, e: ErrorObject, what: string): Diagnostic {
  const at = base + e.instancePath;
  const field = at === '' ? 'the document' : `"${at}"`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return diagnostic(code, file, at, `${field} is missing the required field "${String(p['missingProperty'])}".`, `Add "${String(p['missingProperty'])}" as ${what} requires.`);
    case 'additionalProperties':
      return diagnostic(code, file, at + pointerOf(String(p['additionalProperty'])), `Unknown field "${String(p['additionalProperty'])}".`, `Remove it or fix its spelling; ${what} allows only the fields it defines.`);
    case 'unevaluatedProperties':
      return diagnostic(code, file, at + pointerOf(String(p['unevaluatedProperty'])), `Unknown field "${String(p['unevaluatedProperty'])}".`, `Remove it or fix its spelling; ${what} allows only the fields it defines.`);
    case 'enum':
      return diagnostic(code, file, at, `${field} must be one of: ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`, 'Use one of the allowed values.');
    case 'const':
      return diagnostic(code, file, at, `${field} must be ${JSON.stringify(p['allowedValue'])}.`, `Set it to ${JSON.stringify(p['allowedValue'])}.`);
    case 'pattern':
      return diagnostic(code, file, at, `${field} does not match the pattern ${String(p['pattern'])}.`, `Change the value so it matches ${String(p['pattern'])}.`);
    case 'type':
      return diagnostic(code, file, at, `${field} must be of type ${String(p['type'])}.`, `Write a value of type ${String(p['type'])} here.`);
    case 'format':
      return diagnostic(code, file, at, `${field} is not a valid ${String(p['format'])}.`, `Write a valid ${String(p['format'])} value.`);
    case 'propertyNames':
      return diagnostic(code, file, at + pointerOf(String(p['propertyName'])), `The key "${String(p['propertyName'])}" is not an allowed name.`, 'Rename the key to match the naming rule of this field.');
    default:
      return diagnostic(code, file, at, `${field} ${e.message ?? 'is invalid'}.`, `Correct the value so it satisfies ${what}.`);
  }
}
