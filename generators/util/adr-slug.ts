const SLUG_MAX = 60;

/** The title as a file-name slug: ASCII letters and digits in hyphenated lower-case words, accents dropped. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX && slug !== '') break;
    slug = next.slice(0, SLUG_MAX);
  }
  return slug;
}
