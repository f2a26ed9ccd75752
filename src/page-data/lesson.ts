import { actionStatus } from '../view/action-status.ts';
import { PAGE_IDS } from '../markdown/page-ids.ts';
import { moreFromEvent } from '../view/backlink-lists.ts';
import { closedOnTime, isOverdue } from '../domain/learning-loop/follow-through.ts';
import { LENSES } from '../schemas/vocabulary.ts';
import { liftSection } from '../view/body-sections.ts';
import { common, h2s, relatedNotes } from './common.ts';
import type { LessonPage, PageInputs, RelatedList } from './types.ts';

// A lesson's summary section: read before the four questions, as an abstract before a paper.
const SHORT_VERSION = 'the-short-version';

/** Everything a lesson's page shows: its event, what it cites, and its actions as of the build date. */
export function lessonPage(inputs: PageInputs, id: string): LessonPage {
  const { library } = inputs;
  const entry = library.get.lessons(id);
  const { data } = entry;
  const event = data.event && library.get.events(data.event.id);
  const short = h2s(entry).filter((h) => h.slug === SHORT_VERSION);
  const outline = [
    ...short,
    { slug: PAGE_IDS.fourQuestions, text: 'The four questions' },
    ...h2s(entry).filter((h) => h.slug !== SHORT_VERSION),
    { slug: PAGE_IDS.personalLesson, text: 'The personal lesson' },
    { slug: PAGE_IDS.actions, text: 'Actions' },
    ...(data.revisited.length ? [{ slug: PAGE_IDS.revisited, text: 'Revisited' }] : []),
  ];
  // The event's other lessons: a few here, more on the event's page, which links to all of them.
  const siblings = event && moreFromEvent(library.graph, event.id, id);
  const patterns = data.patterns.map((p) => p.id);
  const traps = data.traps.map((t) => t.id);
  const aside: RelatedList[] = [
    {
      title: 'Patterns it cites',
      cards: library.cards('patterns', patterns),
      empty: 'This lesson cites no pattern.',
      notes: relatedNotes(library, 'patterns', patterns, () => 'Cited here'),
    },
    {
      title: 'Traps it fell into',
      cards: library.cards('traps', traps),
      empty: 'This lesson names no trap.',
      notes: relatedNotes(library, 'traps', traps, () => 'Fell into it here'),
    },
    ...(siblings
      ? [
          {
            title: 'More from this event',
            cards: library.cards('lessons', siblings.ids),
            total: siblings.total,
            more: siblings.more,
            empty: 'No other lesson from this event yet.',
            notes: relatedNotes(library, 'lessons', siblings.ids, (other) => {
              const lens = library.get.lessons(other).data.lens;
              return lens === data.lens
                ? 'Same event, same lens'
                : `Same event, ${LENSES[lens].label} lens`;
            }),
          },
        ]
      : []),
  ];
  const page = common(inputs, 'lessons', entry, outline, aside);
  const [shortVersion, body] = liftSection(
    page.body,
    SHORT_VERSION,
    (part) => ('html' in part ? part.html : undefined),
    (html) => ({ html }),
  );
  return {
    ...page,
    body,
    shortVersion,
    entry,
    event: event ? { id: event.id, title: event.data.title } : undefined,
    actions: data.actions.map((action) => ({
      ...action,
      overdue: isOverdue(action, inputs.date),
      onTime: closedOnTime(action),
      statusText: actionStatus(action, inputs.date),
    })),
  };
}
