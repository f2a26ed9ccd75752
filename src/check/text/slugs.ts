import slugify from '@sindresorhus/slugify';

/**
 * Turns a name or a title into the slug it would have as a URL: every letter transliterated by
 * @sindresorhus/slugify (ı→i, ß→ss, Þ→th, ð→d, ł→l, `&`→and, "It's"→its), the one slugger of the
 * scaffolder, the contribute page and the `slugs` rule. Accents are dropped first (ü→u, as Turkish,
 * Hungarian and Swedish write it, rather than German's ue), so an accented name keeps the slug it always had.
 */
export function toSlug(name: string): string {
  const unaccented = name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  return slugify(unaccented, { decamelize: false });
}
