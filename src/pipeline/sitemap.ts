import { pageFacts, type BuiltSite } from './built-pages.ts';

/** One page of the sitemap: its site path and, for an entry, when its text last changed. */
export interface SitemapPage {
  path: string;
  lastmod?: string | undefined;
}

/** What a built page's head says about it: whether search engines should list it, and when it last changed. */
export function readHead(html: string): { listed: boolean; modified?: string } {
  // Only the head matters: parsing a page's body here would be wasted work.
  const end = html.indexOf('</head>');
  const { listed, modified } = pageFacts(end === -1 ? html : html.slice(0, end));
  return modified ? { listed, modified } : { listed };
}

/** Every page of a built site worth listing: each HTML page except the 404 and pages marked noindex (redirects). */
export function sitemapPages(site: BuiltSite): SitemapPage[] {
  return [...site.pages]
    .filter(([path, facts]) => path !== '/404.html' && facts.listed)
    .map(([path, facts]) => ({ path, lastmod: facts.modified?.slice(0, 10) }));
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sitemap (sitemaps.org 0.9) of the pages, their paths resolved against the site's address (and so its base path). */
export function sitemapXml(pages: readonly SitemapPage[], siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const urls = pages.map(
    ({ path, lastmod }) =>
      `  <url><loc>${escape(new URL(path.slice(1), base).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
