import { diagnostic } from '../../../diagnostics/diagnostic';
import type { Rule } from '../rule';
import { pluginFolder } from './plugin-folder';

/** The folder name is the plugin name: generated paths and page URLs are derived from it. */
export const pluginFolderMatchesName: Rule = {
  name: 'plugin-folder-matches-name',
  codes: ['PLUGIN_FOLDER_MISMATCH'],
  check(sources, report) {
    for (const { file, doc } of sources.plugins) {
      const folder = pluginFolder(file);
      if (folder !== doc.plugin_name) {
        report(diagnostic('PLUGIN_FOLDER_MISMATCH', file, '/plugin_name', `The plugin is named "${doc.plugin_name}" but lives in registry/plugins/${folder}/.`, `Rename the folder to registry/plugins/${doc.plugin_name}/ or set "plugin_name" to "${folder}".`));
      }
    }
  },
};
