import { entryPath } from '../domain/permalinks.ts';
import type { CollectionName, CollectionsWhere } from '../schemas/index.ts';

// Two kinds of URL path live in this project:
// - a *site path* (`/patterns/x/`) says where a page lies in `dist/`: content bodies, permalinks.json and routes use it;
// - an *href* (`/library/patterns/x/`) is a site path under the base the site is served from: pages print only these.
// `withBase()` turns the first into the second; every URL a page prints comes from a helper here.

// The address a build is for, put into the code by astro.config.mjs (Vite's `define`). Not import.meta.env.SITE and
// BASE_URL: Astro lets an environment variable of that name win over the config (Vitest sets BASE_URL=/ for its own).
// Not site.config.ts either: the search island imports this module, and the config brings Node and Zod with it.
declare const __LESSON_SHARE_SITE_URL__: string | undefined;

// Outside a build (the check, scripts, unit tests) nothing here is printed for a reader; paths stay root-relative.
const OUTSIDE_A_BUILD = 'http://localhost/';

/** The site's address during a build: site.config.ts's `url`, or LESSON_SHARE_SITE_URL (see astro.config.mjs). */
export const SITE_URL: string =
  typeof __LESSON_SHARE_SITE_URL__ === 'string' ? __LESSON_SHARE_SITE_URL__ : OUTSIDE_A_BUILD;

/** The path the site is served under, with a slash at each end: `/` at the root of a domain, `/library/` for a project site. */
export const BASE: string = baseOf(SITE_URL);

/** A base path from a site address or a path: `https://example.github.io/library` → `/library/`. */
export function baseOf(urlOrPath: string): string {
  const path = /^[a-z][a-z0-9+.-]*:/i.test(urlOrPath) ? new URL(urlOrPath).pathname : urlOrPath;
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The href of a site path: `/patterns/x/` → `/library/patterns/x/` under the base `/library/`. */
export function withBase(sitePath: string, base: string = BASE): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return `${base}${sitePath.slice(1)}`;
}

/** The site path of an href, or undefined for an href outside the base (`/library/x/` → `/x/`). */
export function withoutBase(href: string, base: string = BASE): string | undefined {
  if (href === base.slice(0, -1)) return '/';
  return href.startsWith(base) ? `/${href.slice(base.length)}` : undefined;
}

/** The absolute URL of an href (one `withBase()` or another helper here made): for feeds, og:image, canonical links, JSON-LD. */
export function absoluteUrl(href: string): string {
  return new URL(href, SITE_URL).href;
}

// An entry's site path is what a permalink is (src/domain/permalinks.ts); given here too beside the hrefs made from it.
export { entryPath };

/** The permanent URL of an entry, as a page prints it: `/<collection>/<id>/` under the base. */
export function entryUrl(collection: CollectionName, id: string): string {
  return withBase(entryPath(collection, id));
}

/** The URL of a collection's index page. */
export function collectionUrl(collection: CollectionName): string {
  return withBase(`/${collection}/`);
}

/** The URL of an entry's or author's 1200×630 sharing card; make it absolute with `absoluteUrl()` for og:image. */
export function ogImageUrl(kind: CollectionsWhere<'sharingCard'>, id: string): string {
  return withBase(`/og/${kind}/${id}.png`);
}

/** The URL of the sharing card of a page that is not an entry: `site` (home, and any page without its own), a section, a tag or a digest. */
export function pageCardUrl(id: string): string {
  return withBase(`/og/page/${id}.png`);
}

/** The sharing card of a tag's pages. */
export function tagCardUrl(tag: string): string {
  return pageCardUrl(`tag-${tag}`);
}

/** The sharing card of a month's learning release. */
export function digestCardUrl(month: string): string {
  return pageCardUrl(`digest-${month}`);
}

// A start tag as hast-util-to-html writes it: every attribute value double-quoted, `"` inside escaped, and `<` in
// text always escaped, so this finds every tag of a rendered body and nothing in its text.
const TAG = /<[a-z][a-z0-9-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/gi;
const URL_ATTRIBUTE = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/gi;

/**
 * A rendered body's HTML with its root-relative links (`/patterns/x/`, as contributors write them) put under the base.
 * Done when a page is drawn, so a stored body does not depend on where the site is published.
 */
export function bodyWithBase(html: string, base: string = BASE): string {
  if (base === '/') return html;
  return html.replace(TAG, (tag) =>
    tag.replace(
      URL_ATTRIBUTE,
      (_, start: string, path: string) => `${start}${withBase(path, base)}"`,
    ),
  );
}

/** The site path of the XSLT every feed names, so a browser shows a feed as a page: src/pages/feed-style.xml.ts serves it. */
export const FEED_STYLESHEET = '/feed-style.xml';

/** The Atom feed of the monthly learning releases (`/digest/`). */
export function digestFeedUrl(): string {
  return withBase('/digest/feed.xml');
}

/** The page that writes a lesson in the browser and sends it as a pull request; with a kind, the one that proposes a pattern or trap. */
export function contributeUrl(kind?: 'pattern' | 'trap'): string {
  return withBase(kind ? `/contribute/${kind}/` : '/contribute/');
}
