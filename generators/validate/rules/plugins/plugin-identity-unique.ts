import { diagnostic } from '../../../diagnostics/diagnostic';
import { RESERVED_PLUGIN_NAMES } from '../../../model/plugin-policy';
import type { Rule } from '../rule';

/**
 * Plugin ids and names are unique. Names are compared case-insensitively: they
 * become file and folder names, and `Foo` and `FOO` are one folder on macOS.
 */
export const pluginIdentityUnique: Rule = {
  name: 'plugin-identity-unique',
  codes: ['PLUGIN_ID_DUPLICATE', 'PLUGIN_NAME_DUPLICATE', 'PLUGIN_NAME_RESERVED'],
  check(sources, report) {
    const ids = new Map<string, string>();
    const names = new Map<string, { name: string; file: string }>();
    // Sources come in folder order, so the first holder is stable and later ones are reported.
    for (const { file, doc } of sources.plugins) {
      const idHolder = ids.get(doc.plugin_id);
      if (idHolder !== undefined) {
        report(diagnostic('PLUGIN_ID_DUPLICATE', file, '/plugin_id', `The id "${doc.plugin_id}" is already used by ${idHolder}.`, 'Give this plugin a fresh id: its slug and a new ULID (`npm run new -- plugin` makes one). Ids are never reused.'));
      } else {
        ids.set(doc.plugin_id, file);
      }
      const key = doc.plugin_name.toLowerCase();
      const nameHolder = names.get(key);
      if (nameHolder !== undefined) {
        const same = nameHolder.name === doc.plugin_name ? '' : ` ("${nameHolder.name}" differs only in case)`;
        report(diagnostic('PLUGIN_NAME_DUPLICATE', file, '/plugin_name', `The name "${doc.plugin_name}" is already used by ${nameHolder.file}${same}.`, 'Choose another name; plugin names become folder names and page URLs.'));
      } else {
        names.set(key, { name: doc.plugin_name, file });
      }
      if (RESERVED_PLUGIN_NAMES.has(key)) {
        report(diagnostic('PLUGIN_NAME_RESERVED', file, '/plugin_name', `The name "${doc.plugin_name}" would collide with the generated page docs/plugins/${key}.md.`, 'Choose a more specific name, e.g. one saying what the plugin does.'));
      }
    }
  },
};
