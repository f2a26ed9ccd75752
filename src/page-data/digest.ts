import { digests } from '../domain/learning-loop/digest.ts';
import { monthLabel, plural } from '../view/dates-and-counts.ts';
import { withBase } from '../view/urls.ts';
import type { DigestIndexPage, DigestPage, DigestProps, PageInputs } from './types.ts';

/** Every month's learning release, oldest first, each with the months before and after it that have one. */
export function digestPaths({ facts }: Pick<PageInputs, 'facts'>) {
  // Oldest first: a month's neighbours are the releases before and after it.
  const all = [...digests(facts)].sort((a, b) => a.month.localeCompare(b.month));
  return all.map((digest, i) => ({
    params: { month: digest.month },
    props: { digest, previous: all[i - 1]?.month, next: all[i + 1]?.month } satisfies DigestProps,
  }));
}

/** One month's release: its figures, the new lessons' cards and the titles of the traps and patterns it names. */
export function digestPage(
  { library }: Pick<PageInputs, 'library'>,
  props: DigestProps,
): DigestPage {
  const { digest } = props;
  const named = (collection: 'patterns' | 'traps', ids: string[]) =>
    Object.fromEntries(ids.map((id) => [id, library.get[collection](id).data.title]));
  return {
    ...props,
    title: `Learning release, ${monthLabel(digest.month)}`,
    newLessons: library.cards('lessons', digest.newLessons),
    traps: named('traps', [...digest.newlySeenTraps, ...digest.recurrences.map((r) => r.trap)]),
    patterns: named(
      'patterns',
      digest.strengthenedPatterns.map((p) => p.id),
    ),
  };
}

/** The releases' index: each month, newest first, with a line of its figures. */
export function digestIndexPage({ facts }: Pick<PageInputs, 'facts'>): DigestIndexPage {
  return {
    releases: digests(facts).map((d) => ({
      href: withBase(`/digest/${d.month}/`),
      label: monthLabel(d.month),
      figures: [
        plural(d.newLessons.length, 'new lesson'),
        plural(d.completedActions.length, 'action') + ' completed',
        plural(d.strengthenedPatterns.length, 'pattern') + ' strengthened',
        plural(d.newlySeenTraps.length, 'trap') + ' newly seen',
        plural(d.revisits.length, 'revisit'),
        ...(d.recurrences.length
          ? [plural(d.recurrences.length, 'trap') + ' back after a fix']
          : []),
      ].join(' · '),
    })),
  };
}
