import { z } from 'astro/zod';

const text = z.string().trim().min(1, 'write some text');
const httpUrl = z.url({ protocol: /^https?$/, error: 'use an absolute http(s) URL' });

/** The licence the library's content is shared under. */
export const contentLicence = z.object({
  /** The name readers see, short: "CC BY-SA 4.0". */
  name: text,
  /** Its SPDX identifier, for machines: "CC-BY-SA-4.0". */
  spdx: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'use an SPDX identifier such as CC-BY-SA-4.0'),
  /** The licence's text (its deed). */
  url: httpUrl,
  /** What it lets a reader do, as one clause after "you may": the site shows it under every entry. */
  allows: text,
});

/** Everything a community changes to publish its own library (`site.config.ts`). */
export const siteConfig = z.object({
  /** The library's name, shown in the header, titles and feeds. */
  title: text,
  /** The name as the header shows it: the plain part, then the part in the accent colour. */
  brand: z.object({ plain: z.string(), accent: z.string() }),
  /** The community that keeps the library. */
  community: text,
  /** One sentence on what the library is. */
  description: text,
  /** The home page's headline. */
  tagline: text,
  /** The home page's and /showcase/'s name for the featured lessons, and one sentence on how they are picked. */
  showcase: z.object({ title: text, blurb: text }),
  /**
   * The folder of the site's own pages, relative to the project: MDX prose (About, the guide to writing a lesson,
   * the take-down and privacy policy, the code of conduct), one page per file, named by its URL.
   */
  pages: text,
  /** The content's licence (the code has its own, in LICENSE). */
  licence: contentLicence,
  /**
   * Where the built site is published: `https://example.org`, or with a path (`https://example.github.io/library/`),
   * which then prefixes every URL of the site. LESSON_SHARE_SITE_URL overrides it for a build (README, Deploy).
   */
  url: httpUrl,
  /** The repository that holds the content, for "view source" and "edit" links. */
  repository: httpUrl,
  /** The branch that is published. */
  branch: text,
  /**
   * Files under `public/` a maintainer vouches for beyond what is always allowed there (fonts, raster images,
   * plain text): an SVG, XML or other file, by its path inside `public/` (`favicon.svg`). Contributions never add here.
   */
  publicFiles: z
    .array(z.string().regex(/^[^/\\][^\\]*$/, 'write a path inside public/, such as favicon.svg'))
    .default([]),
  /** Where most contributors live, as an ISO 3166 code: the check reads phone numbers written without a country code as numbers of this region first. */
  region: z.string().regex(/^[A-Z]{2}$/, 'use a two-letter ISO 3166 code such as US'),
});

/** A site configuration as written. */
export type SiteConfig = z.output<typeof siteConfig>;
