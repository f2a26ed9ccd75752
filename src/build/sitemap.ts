import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** One page of the sitemap: its site path and, for an entry, when its text last changed. */
export interface SitemapPage {
  path: string;
  lastmod?: string | undefined;
}

/** What a built page's head says about it: whether search engines should list it, and when it last changed. */
export function readHead(html: string): { listed: boolean; modified?: string } {
  let listed = true;
  let modified: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name !== 'meta') return;
      // A redirect page (an alias of a renamed entry) says noindex; it must not be listed as a page of its own.
      if (attrs['name'] === 'robots' && /noindex/i.test(attrs['content'] ?? '')) listed = false;
      if (attrs['property'] === 'article:modified_time') modified = attrs['content'];
    },
  });
  // Only the head matters: parsing a page's body for every page of a large library would be wasted work.
  const end = html.indexOf('</head>');
  parser.end(end === -1 ? html : html.slice(0, end));
  return modified ? { listed, modified } : { listed };
}

/** Every page of a built site worth listing: each HTML page except the 404 and pages marked noindex (redirects). */
export function sitemapPages(outDir: string): SitemapPage[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => file !== '404.html')
    .flatMap((file) => {
      const head = readHead(readFileSync(join(outDir, file), 'utf8'));
      if (!head.listed) return [];
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return [{ path, lastmod: head.modified?.slice(0, 10) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
