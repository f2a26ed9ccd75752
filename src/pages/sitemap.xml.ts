import type { APIRoute } from 'astro';
import { getLibrary } from '../build/load-library.ts';
import { isoDay } from '../view/format.ts';
import { absoluteUrl, entryUrl, withBase } from '../view/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page worth indexing, entries with the date they last changed. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const newest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
  const entries = [
    ...library.patterns,
    ...library.traps,
    ...library.lessons,
    ...library.events,
  ].map((e) => ({
    url: entryUrl(e.collection, e.id),
    lastmod: e.data.updated ?? e.data.published,
  }));
  const lessonsOf = (authorId: string) =>
    library.lessons.filter((l) => l.data.authors.some((a) => a.id === authorId));
  const authors = library.authors.map((a) => ({
    url: entryUrl('authors', a.id),
    lastmod: lessonsOf(a.id).length
      ? newest(lessonsOf(a.id).map((l) => l.data.published))
      : undefined,
  }));
  const pages = [
    '/',
    '/showcase/',
    '/patterns/',
    '/traps/',
    '/lessons/',
    '/events/',
    '/authors/',
    '/tags/',
    '/about/',
    '/health/',
    '/digest/',
  ].map((url) => ({ url: withBase(url), lastmod: undefined }));
  const tags = library.tags.map((t) => ({ url: entryUrl('tags', t.id), lastmod: undefined }));
  const urls = [...pages, ...entries, ...authors, ...tags].map(
    ({ url, lastmod }) =>
      `  <url><loc>${escape(absoluteUrl(url))}</loc>${lastmod ? `<lastmod>${isoDay(lastmod)}</lastmod>` : ''}</url>`,
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
