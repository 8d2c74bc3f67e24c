import type { SourceReader } from '../load/source-reader';

/**
 * A reader that sees `files` laid over `base`: what the tree would be once they
 * are written. Scaffolds validate their files through it before writing any, so
 * the rules that would reject them later reject them now, with the same codes.
 */
export function overlayReader(base: SourceReader, files: ReadonlyMap<string, string>): SourceReader {
  return {
    list(dir) {
      const entries = new Map(base.list(dir).map((e) => [e.name, e]));
      for (const path of files.keys()) {
        if (!path.startsWith(`${dir}/`)) continue;
        const rest = path.slice(dir.length + 1);
        const slash = rest.indexOf('/');
        const name = slash === -1 ? rest : rest.slice(0, slash);
        if (!entries.has(name)) entries.set(name, { name, isDirectory: slash !== -1 });
      }
      return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    read: (path) => (files.has(path) ? files.get(path) : base.read(path)),
  };
}
