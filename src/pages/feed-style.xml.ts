import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import feedCss from '../styles/feed.css?url';
import { feedStylesheet } from '../view/feed-style.ts';
import { withBase } from '../view/urls.ts';

/** The XSLT every feed names (FEED_STYLESHEET), written by the build rather than kept in public/: the policy's 'self' covers it. */
export const GET: APIRoute = () =>
  new Response(feedStylesheet({ title: site.title, home: withBase('/'), css: feedCss }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
