/**
 * Everything a community changes to publish its own library: fork the repository,
 * edit this file, the site's pages (`pages`) and `content/`, and build. Every word on
 * the site that names this library or its community comes from one of the three.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfig, type SiteConfig } from './src/schemas/site.ts';

const startingLibrary = {
  title: 'Lesson Share',
  brand: { plain: 'Lesson ', accent: 'Share' },
  community: 'the Lantern practitioners network',
  description:
    'A public library of what a community learned from failure: patterns, decision traps and blameless lesson write-ups.',
  tagline: 'What we learned from failure, shared so it compounds',
  showcase: {
    title: 'The Lesson Share showcase',
    blurb:
      'Lessons the community picked out for how honestly and usefully they turn a failure into something others can use.',
  },
  // About, the writing guide and the policies: prose in MDX, one file a page (a fork rewrites them there).
  pages: 'src/content/pages',
  // The licence pattern communities share their patterns under: anyone may copy and adapt, with credit, under the same terms.
  licence: {
    name: 'CC BY-SA 4.0',
    spdx: 'CC-BY-SA-4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    allows:
      'copy, adapt and republish it, also commercially, with credit to its authors and a link, sharing what you make under the same licence',
  },
  url: 'https://lesson-share.example.org',
  repository: 'https://github.com/example-community/lesson-share',
  branch: 'main',
  region: 'US',
  // What public/ may hold beyond fonts, raster images and plain text: maintainers only (.github/CODEOWNERS).
  publicFiles: ['favicon.svg'],
} satisfies SiteConfig;

// Tests build the fixture library as another community's fork would: a JSON file named here replaces the whole configuration.
const other = process.env['LESSON_SHARE_SITE_CONFIG'];

/** The site's configuration, checked: a mistake here stops the build with the field and the fix. */
export const site: SiteConfig = parseSiteConfig(
  other ? JSON.parse(readFileSync(resolve(other), 'utf8')) : startingLibrary,
  other ?? 'site.config.ts',
);

function parseSiteConfig(value: unknown, source: string): SiteConfig {
  const parsed = siteConfig.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`,
  );
  throw new Error(`${source} is not a valid site configuration:\n${problems.join('\n')}`);
}

export type { SiteConfig };
