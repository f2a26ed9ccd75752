/**
 * Everything a community changes to publish its own library: fork the repository,
 * edit this file and `content/`, and build.
 */
export const site = {
  /** The library's name, shown in the header, titles and feeds. */
  title: 'Lesson Share',
  /** The community that keeps the library. */
  community: 'the Lantern practitioners network',
  /** One sentence on what the library is. */
  description:
    'A public library of what a community learned from failure: patterns, decision traps and blameless lesson write-ups.',
  /**
   * Where the built site is published: `https://example.org`, or with a path (`https://example.github.io/library/`),
   * which then prefixes every URL of the site. LESSON_SHARE_SITE_URL overrides it for a build (README, Deploy).
   */
  url: 'https://lesson-share.example.org',
  /** The repository that holds the content, for "view source" and "edit" links. */
  repository: 'https://github.com/example-community/lesson-share',
  /** The branch that is published. */
  branch: 'main',
  /** Where most contributors live, as an ISO 3166 code: the check reads phone numbers written without a country code as numbers of this region first. */
  region: 'US',
} as const;

export type SiteConfig = typeof site;
