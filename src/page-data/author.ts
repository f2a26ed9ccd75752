import { previewOfList } from '../view/backlink-lists.ts';
import { carriedThrough } from '../domain/learning-loop/follow-through.ts';
import type { EntryKind } from '../schemas/collections.ts';
import { SHORT_PREVIEW_SIZE } from '../view/pagination.ts';
import { recordFor, searchAttributes } from '../view/search-facets.ts';
import { profileJsonLd } from '../view/structured-data.ts';
import { absoluteUrl, entryUrl } from '../view/urls.ts';
import type { AuthorPage, PageInputs } from './types.ts';

const tally = (count: number, one: string, many: string) => ({
  count,
  label: count === 1 ? one : many,
});

/** Everything an author's page shows: their portfolio, as of their newest entry (else the build date). */
export function authorPage(
  { library, date, site }: Pick<PageInputs, 'library' | 'date' | 'site'>,
  id: string,
): AuthorPage {
  const entry = library.get.authors(id);
  const wrote = new Set(library.graph.byAuthor(id).lessons);
  const featured = entry.data.featured.map((f) => f.id).filter((lesson) => wrote.has(lesson));
  // The newest of each kind here, every one on the list's own pages: a portfolio stays one page long.
  const sections = library.backlinks('authors', id).map((list) => {
    const preview = previewOfList('authors', id, list);
    // A featured lesson is shown once, at the top: the list below holds the others.
    const ids = preview.ids.filter((other) => list.kind !== 'lessons' || !featured.includes(other));
    return { list, preview, cards: library.cards(list.kind, ids) };
  });
  const lessons = sections.find(({ list }) => list.kind === 'lessons')?.preview ?? {
    ids: [],
    total: 0,
  };
  // The skills the author's newest personal lessons say they are developing: a portfolio reads them as growth.
  const skills = lessons.ids.slice(0, SHORT_PREVIEW_SIZE).map((lesson) => ({
    id: lesson,
    title: library.get.lessons(lesson).data.title,
    skill: library.get.lessons(lesson).data.personal_lesson.develop,
  }));
  const { name, role, links, bio } = entry.data;
  const count = (kind: EntryKind) =>
    sections.find(({ list }) => list.kind === kind)?.list.ids ?? [];
  // Actions in any of their lessons, not only the ones shown: the strip counts the whole record.
  const carried = count('lessons').flatMap((lesson) =>
    library.get.lessons(lesson).data.actions.filter(carriedThrough),
  ).length;
  const dates = sections.flatMap(({ list }) =>
    list.ids.map((entryId) => library.card(list.kind, entryId).published),
  );
  const asOf = dates.length ? new Date(Math.max(...dates.map(Number))) : undefined;
  const permalink = absoluteUrl(entryUrl('authors', id));
  return {
    entry,
    // A CV lists what was done, not what was not: a kind with none is left off the strip.
    record: [
      tally(count('lessons').length, 'lesson', 'lessons'),
      tally(count('patterns').length, 'pattern', 'patterns'),
      tally(count('traps').length, 'decision trap', 'decision traps'),
      tally(count('events').length, 'event analysed', 'events analysed'),
      tally(carried, 'action carried through', 'actions carried through'),
    ].filter(({ count }) => count > 0),
    permalink,
    asOf,
    citation: {
      title: `${name}: portfolio of ${portfolioOf(count)}`,
      authors: [name],
      authorIds: [id],
      published: asOf ?? date,
      url: permalink,
      container: site.title,
      kind: 'Author portfolio',
      id,
    },
    jsonLd: profileJsonLd({
      name,
      url: permalink,
      jobTitle: role,
      sameAs: links.map((l) => l.url),
      description: bio,
    }),
    search: searchAttributes(recordFor(library, 'authors', id)),
    // An empty list would print a heading and "No patterns yet.": a portfolio shows what was done.
    sections: sections.filter(({ list }) => list.ids.length > 0),
    lessons: lessons.total,
    featured: library.cards('lessons', featured),
    skills,
  };
}

/** What a portfolio holds, for its citation: "lessons", or for an author of no lesson what they did write ("patterns and traps"). */
function portfolioOf(count: (kind: EntryKind) => readonly string[]): string {
  if (count('lessons').length) return 'lessons';
  const kinds = (['patterns', 'traps', 'events'] as const).filter((kind) => count(kind).length);
  const nouns = kinds.map((kind) => (kind === 'traps' ? 'decision traps' : kind));
  return nouns.length
    ? nouns.length > 1
      ? `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`
      : (nouns[0] ?? 'entries')
    : 'entries';
}
