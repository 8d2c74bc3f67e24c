import { memoized } from '../../cache/memo';
import { pluginSuite, type PluginSuite, type PluginView } from '../../model/plugin-view';
import type { Generator } from '../generator';
import { generatedNotice } from '../header';
import { addFiles, type RenderedFiles } from '../markdown/render-page';

/**
 * A generator that writes one file per plugin from its spec and the policy pack
 * (nothing when the pack is missing: that is reported by validation). The notice
 * names both sources. `renderOne` must read nothing else: its output is
 * memoised on the spec and the pack's hash.
 */
export function perPluginGenerator(
  name: string,
  renderOne: (suite: PluginSuite, plugin: PluginView, notice: string) => readonly [path: string, content: string] | RenderedFiles,
): Generator {
  return {
    name,
    render(catalog) {
      const files = new Map<string, string>();
      const suite = pluginSuite(catalog);
      if (suite === undefined) return files;
      for (const p of suite.plugins) {
        // A plugin's files depend on its spec and the pack only: after one spec edit the other plugins' files come from the memo.
        const out = memoized(`plugin-files:${name}`, JSON.stringify([p.file, p.spec, suite.packHash]), () => renderOne(suite, p, generatedNotice(name, [p.file, suite.pack.file])));
        addFiles(files, isOneFile(out) ? [out] : out);
      }
      return files;
    },
  };
}

function isOneFile(out: readonly [string, string] | RenderedFiles): out is readonly [string, string] {
  return typeof out[0] === 'string';
}
