import { PAGE_IDS } from '../markdown/page-ids.ts';
import { hasOwnPages, listUrl, previewGroups } from '../view/backlink-lists.ts';
import { layOutGroups, pageUrl } from '../view/pagination.ts';
import { common, h2s, shown } from './common.ts';
import type { EventPage, PageInputs } from './types.ts';

/** Everything an event's page shows: its lessons by lens, a few of each, and what its lessons cite. */
export function eventPage(inputs: PageInputs, id: string): EventPage {
  const { library } = inputs;
  const entry = library.get.events(id);
  const [lessons, ...cited] = library.backlinks('events', id);
  const lensGroups = lessons?.groups ?? [];
  // Where each lens starts in the full list, for "more through this lens" links.
  const fullList = listUrl('events', id, 'lessons');
  const starts = new Map(
    layOutGroups(lensGroups.map((g) => ({ key: g.key, items: g.ids }))).groups.map((g) => [
      g.key,
      pageUrl(fullList, g.startPage),
    ]),
  );
  // The mosaic: every lens the event was examined through, and any other a lesson used; a few lessons of each.
  const byLens = previewGroups(lensGroups, lessons?.preview ?? 0)
    .filter((group) => group.ids.length > 0 || (entry.data.lenses as string[]).includes(group.key))
    .map(({ shown: ids, ...group }) => ({
      ...group,
      cards: library.cards('lessons', ids),
      more: ids.length < group.ids.length ? `${starts.get(group.key)}#${group.id}` : undefined,
    }));
  const outline = [
    { slug: PAGE_IDS.inShort, text: 'In short' },
    { slug: PAGE_IDS.lessons, text: 'Lessons by lens' },
    ...h2s(entry),
  ];
  return {
    ...common(
      inputs,
      'events',
      entry,
      outline,
      cited.map((list) => shown(library, 'events', id, list)),
    ),
    entry,
    lessons: {
      total: lessons?.ids.length ?? 0,
      empty: lessons?.ids.length === 0 ? lessons.empty : undefined,
      all: lessons && hasOwnPages(lessons) ? fullList : undefined,
    },
    byLens,
  };
}
