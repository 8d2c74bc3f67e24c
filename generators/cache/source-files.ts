import { PAGE_FILE, SOURCE_LAYOUT, SOURCE_ROOTS } from '../load/source-layout';
import { OWNED_FILES } from '../emit/owned-dirs';
import { walkFiles, type WalkedFiles } from '../util/walk-files';

/**
 * Every file on disk the loader may read: the files under the source roots and
 * the hand-written pages directly in docs/ (its folders are generated), minus the
 * generated files read back as sources (the contracts lock), plus the links among
 * them, which the loader refuses but whose presence still matters. The run cache
 * keys on their contents, the MCP server stamps their sizes and times.
 */
export function sourceFiles(root: string): WalkedFiles {
  const walked = [
    ...SOURCE_ROOTS.map((dir) => walkFiles(root, dir)),
    filterPages(walkFiles(root, SOURCE_LAYOUT.docsDir, { recursive: false })),
  ];
  const generated = new Set<string>(OWNED_FILES);
  return {
    files: walked.flatMap((w) => w.files).filter((path) => !generated.has(path)),
    links: walked.flatMap((w) => w.links),
  };
}

function filterPages({ files, links }: WalkedFiles): WalkedFiles {
  const isPage = (path: string): boolean => PAGE_FILE.test(path.slice(SOURCE_LAYOUT.docsDir.length + 1));
  return { files: files.filter(isPage), links: links.filter(isPage) };
}
