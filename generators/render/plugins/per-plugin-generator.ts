import { memoized } from '../../cache/memo';
import { pluginSuite, type PluginSuite, type PluginView } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { addFiles, type RenderedFiles } from '../markdown/render-page';

/** What a plugin's files may depend on besides the plugin itself: the policy pack, not the other plugins. */
export type PluginPack = Pick<PluginSuite, 'pack' | 'packHash'>;

/**
 * A generator that writes one plugin's files from its spec and the policy pack
 * (nothing when the pack is missing: that is reported by validation). The notice
 * names both sources. `renderOne` sees only those two, so its output can be
 * memoised on them: after one spec edit the other plugins' files come from the memo.
 */
export function perPluginGenerator(name: string, renderOne: (pack: PluginPack, plugin: PluginView, notice: string) => RenderedFiles): Generator {
  return {
    name,
    render(catalog) {
      const files = new Map<string, string>();
      const suite = pluginSuite(catalog);
      if (suite === undefined) return files;
      const pack: PluginPack = { pack: suite.pack, packHash: suite.packHash };
      for (const p of suite.plugins) {
        const key = JSON.stringify([p.file, p.spec, suite.pack.file, suite.packHash]);
        addFiles(files, memoized(`plugin-files:${name}`, key, () => renderOne(pack, p, generatedNotice(name, [p.file, suite.pack.file]))));
      }
      return files;
    },
  };
}
