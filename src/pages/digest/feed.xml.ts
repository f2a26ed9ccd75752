import type { APIRoute } from 'astro';
import { site } from '../../../site.config.ts';
import { BUILD_DATE } from '../../pipeline/build-date.ts';
import { getFacts } from '../../pipeline/load-facts.ts';
import { feedResponse } from '../../view/feeds.ts';
import { digests } from '../../domain/learning-loop/digest.ts';
import { monthLabel } from '../../view/dates-and-counts.ts';
import { absoluteUrl, SITE_URL, withBase } from '../../view/urls.ts';

/** The monthly learning releases as an Atom feed, newest first. */
export const GET: APIRoute = async () => {
  const facts = await getFacts();
  const entries = digests(facts).map((d) => {
    const month = d.month;
    const [year = 0, m = 1] = month.split('-').map(Number);
    return {
      url: absoluteUrl(withBase(`/digest/${month}/`)),
      title: `Learning release, ${monthLabel(month)}`,
      summary: `${d.newLessons.length} new lessons, ${d.completedActions.length} actions completed, ${d.strengthenedPatterns.length} patterns strengthened, ${d.newlySeenTraps.length} traps newly seen.`,
      // A month's release is complete on its last day; the current month's is as of the build.
      updated: new Date(Math.min(Date.UTC(year, m, 0), BUILD_DATE.getTime())),
      authors: [site.title],
    };
  });
  return feedResponse(
    {
      title: `${site.title}: monthly learning releases`,
      subtitle: `What ${site.community} learned and changed each month.`,
      selfPath: '/digest/feed.xml',
      pagePath: '/digest/',
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
