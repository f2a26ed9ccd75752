import { defineMiddleware } from 'astro:middleware';
import { sitePageLinks } from './pipeline/load-site-pages.ts';

// What every page's chrome shows beyond the config (the footer's links to the site's own pages) is loaded here, once
// per build, and handed to components through `Astro.locals`, so components render what they are given (Starlight
// hands its components their route data the same way).
let footerLinks: ReturnType<typeof sitePageLinks> | undefined;

export const onRequest = defineMiddleware(async ({ locals }, next) => {
  locals.footerLinks = await (footerLinks ??= sitePageLinks());
  return next();
});
