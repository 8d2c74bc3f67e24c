import { SOURCE_LAYOUT } from './source-layout';
import type { SourceReader } from './source-reader';

const META = SOURCE_LAYOUT.metaDir;

const inMeta = (path: string): boolean => path === META || path.startsWith(`${META}/`);

/**
 * `sources` with the meta-schemas of `meta`. The meta-schemas describe what the
 * code that reads the sources understands, so they belong to the code, not to
 * the commit being read: impact checks a base commit's sources against the
 * head's meta-schemas, and a base that predates a meta-schema change gets a
 * diagnostic per file that no longer fits, never a model built from data the
 * code does not expect.
 */
export function withMetaSchemasOf(sources: SourceReader, meta: SourceReader): SourceReader {
  return {
    list: (dir) => (inMeta(dir) ? meta.list(dir) : sources.list(dir)),
    read: (path) => (inMeta(path) ? meta.read(path) : sources.read(path)),
  };
}

/**
 * The meta-schema files that differ between two readers (added, removed or
 * edited), sorted: what a hint can name when a base fails the head's meta-schemas.
 * A file either reader refuses counts as differing; the refusal itself is
 * reported by the loader.
 */
export function changedMetaSchemas(a: SourceReader, b: SourceReader): string[] {
  const attempt = <T>(read: () => T, refused: T): T => {
    try {
      return read();
    } catch {
      return refused;
    }
  };
  const names = (r: SourceReader): string[] => attempt(() => r.list(META), []).filter((e) => !e.isDirectory).map((e) => e.name);
  const files = [...new Set([...names(a), ...names(b)])].sort().map((name) => `${META}/${name}`);
  return files.filter((path) => attempt(() => a.read(path), null) !== attempt(() => b.read(path), null));
}
