import { site } from '../../site.config.ts';

/**
 * The address the site is built for: `LESSON_SHARE_SITE_URL` when set (the GitHub Pages workflow sets it to the
 * Pages address, tests to a made-up one), else site.config.ts's `url`. Its path is the site's base.
 */
export function siteUrl(): string {
  const url = process.env['LESSON_SHARE_SITE_URL'] || site.url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
  } catch {
    throw new Error(
      `The site's url \`${url}\` is not an http(s) address: set \`url\` in site.config.ts (or LESSON_SHARE_SITE_URL) to e.g. https://example.org or https://example.github.io/library/.`,
    );
  }
  return url;
}

/**
 * Whether the host sends no response headers (GitHub Pages): `LESSON_SHARE_CSP=meta`, set by the GitHub Pages
 * workflow, makes the build write the Content-Security-Policy into every page as a `<meta>` element.
 */
export function cspInMeta(): boolean {
  return process.env['LESSON_SHARE_CSP'] === 'meta';
}
