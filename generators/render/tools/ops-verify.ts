import type { Catalog } from '../../model/catalog';
import { canonicalJson } from '../../util/canonical-json';
import { verifyData } from '../../verify/catalog-manual';
import { verifierRuntime } from '../../verify/standalone/bundle-runtime';
import { standaloneValidators } from '../../verify/standalone/standalone-validators';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { OPS_VERIFY_FILE, OPS_VERIFY_URL } from './tool-paths';

const NAME = 'render/tools/ops-verify.ts';

/**
 * `ops-verify.mjs`: the verifier member repos run in their own CI without this
 * repository or an install, one ES module for Node ≥ 20. It holds the manual as
 * `verify` reads it (`VerifyData`), every validator as Ajv's standalone code, and
 * the verifier's own code bundled by esbuild (`verifierRuntime`): the same
 * sub-commands, rules and reports as `npm run verify`. Its content depends on the
 * catalog and on that code, both of which the cache keys on.
 */
export const opsVerify: Generator = {
  name: NAME,
  async render(catalog: Catalog) {
    const validators = standaloneValidators(catalog)
      .map(([id, code]) => `    ${JSON.stringify(id)}: function (module, exports, require) {\n${code.trimEnd()}\n    },\n`)
      .join('');
    const data = canonicalJson(verifyData(catalog)).trimEnd().replace(/\n/g, '\n  ');
    const text = [
      '#!/usr/bin/env node',
      `// ${generatedNotice(NAME, ['registry/', 'schemas/'])}`,
      `// The manual's verifier for member repos (${OPS_VERIFY_URL}): \`node ops-verify.mjs --help\`.`,
      '// First the manual as data and its validators (Ajv standalone code), then the verifier (generators/verify/, bundled).',
      'const OPS_VERIFY_MANUAL = {',
      `  data: ${data},`,
      '  validators: {',
      validators + '  },',
      '};',
      (await verifierRuntime()).trimEnd(),
      '',
    ].join('\n');
    return new Map([[OPS_VERIFY_FILE, text]]);
  },
};
