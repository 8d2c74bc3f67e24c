import type Ajv2020 from 'ajv/dist/2020';
import type { CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, operators } from 'ajv/dist/compile/codegen';
import { useFunc } from 'ajv/dist/compile/util';
import limitLength from 'ajv/dist/vocabularies/validation/limitLength';
import { codePointLength } from './code-point-length';

/**
 * `minLength` and `maxLength` as Ajv defines them (same errors, same place
 * before `pattern`), counting code points with `codePointLength`: on a JSONL
 * partition of text records Ajv's count was a tenth of verify's time.
 */
export function useFastLimitLength(ajv: Ajv2020): void {
  const builtIn = limitLength as CodeKeywordDefinition;
  ajv.removeKeyword('maxLength');
  ajv.removeKeyword('minLength');
  ajv.addKeyword({
    ...builtIn,
    before: 'pattern',
    code(cxt: KeywordCxt) {
      const { keyword, data, schemaCode } = cxt;
      const op = keyword === 'maxLength' ? operators.GT : operators.LT;
      cxt.fail$data(_`${useFunc(cxt.gen, codePointLength)}(${data}) ${op} ${schemaCode}`);
    },
  });
}
