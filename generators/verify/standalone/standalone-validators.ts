import standaloneCode from 'ajv/dist/standalone';
import { memoized } from '../../cache/memo';
import type { Catalog } from '../../model/catalog';
import { compareStrings } from '../../util/canonical-json';
import { validatorSchemas } from '../catalog-validators';
import { RUNTIME_MODULES } from './runtime-modules';

/**
 * Every validator of the manual as Ajv's standalone code (CommonJS), by
 * validator id, sorted: compiled with the one Ajv configuration, so the published
 * verifier reports exactly what `npm run verify` reports. Each is memoised on the
 * schemas it is compiled from, so an edit recompiles only what it reaches.
 */
export function standaloneValidators(catalog: Catalog): ReadonlyArray<readonly [string, string]> {
  const schemas = validatorSchemas(catalog, { standalone: true });
  return [...schemas.ids].sort(compareStrings).flatMap((id) => {
    const code = memoized('standalone-validator', JSON.stringify([id, schemas.inputsOf(id)]), () => {
      const compiled = schemas.compile(id);
      return compiled === undefined ? undefined : checkedRequires(id, standaloneCode(compiled.ajv, compiled.validate));
    });
    return code === undefined ? [] : [[id, code] as const];
  });
}

/** The code, once every module it requires is one the verifier bundles; anything else is a bug here. */
function checkedRequires(id: string, code: string): string {
  for (const [, name] of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
    if (!Object.hasOwn(RUNTIME_MODULES, name!)) throw new Error(`The standalone validator of ${id} requires "${name}", which verify/standalone/runtime-modules.ts does not bundle: add it there.`);
  }
  return code;
}
