import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../view/urls.ts';

/** Everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${absoluteUrl(withBase('/sitemap.xml'))}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
