import { posix } from 'node:path';
import type { Page } from '../../src/types/sources';

/**
 * The URL Docusaurus gives a hand-written page directly in docs/ (served at `/`):
 * its slug when it has one, else its id or file name without a number prefix;
 * `index` is the home page. Mirrors the docs plugin for the one folder level the
 * page meta-schema admits; the site build's alternate links are checked against it.
 */
export function handWrittenRoute(file: string, doc: Page): string {
  if (doc.slug !== undefined) return doc.slug === '/' ? '/' : `/${doc.slug.replace(/^\//, '')}`;
  const name = doc.id ?? withoutNumberPrefix(posix.basename(file).replace(/\.mdx?$/, ''));
  return /^(index|readme)$/i.test(name) ? '/' : `/${name}`;
}

/** `01-intro` → `intro`, as Docusaurus parses number prefixes; a date (`2024-01-02-x`) is not a prefix. */
function withoutNumberPrefix(name: string): string {
  if (/^\d{4}[-_.]\d{2}[-_.]\d{2}/.test(name)) return name;
  const stripped = name.replace(/^\d+[-_.\s]+/, '');
  return stripped === '' ? name : stripped;
}
