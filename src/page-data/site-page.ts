import { FAILURE_KINDS } from '../schemas/vocabulary.ts';
import { personalLessonSentence } from '../view/personal-lesson.ts';
import { entryPath } from '../view/urls.ts';
import type { LessonEntry } from './library.ts';
import { actionsOf } from './common.ts';
import type { PageInputs, SitePageProps } from './types.ts';

const links = (lesson: LessonEntry) => lesson.data.patterns.length + lesson.data.traps.length;

/** The guide's example: a featured lesson with actions before any other, then the one most linked to patterns and traps. */
export function exampleLesson(lessons: readonly LessonEntry[]): LessonEntry | undefined {
  const rank = (lesson: LessonEntry) =>
    (lesson.data.featured ? 2 : 0) + (lesson.data.actions.length > 0 ? 1 : 0);
  // Lessons come newest first, and a stable sort keeps that order among equals.
  return [...lessons].sort((a, b) => rank(b) - rank(a) || links(b) - links(a))[0];
}

/** Everything a site page may read, built once per page from the loaded library. */
export function sitePageProps({
  library,
  site,
  date,
}: Pick<PageInputs, 'library' | 'site' | 'date'>): SitePageProps {
  const lesson = exampleLesson(library.lessons);
  const first = <T>(ids: readonly { id: string }[], card: (id: string) => T) =>
    ids[0] ? card(ids[0].id) : undefined;
  return {
    site,
    authors: library.authors.length,
    failureKinds: Object.values(FAILURE_KINDS).map((kind) => kind.label.toLowerCase()),
    example: lesson && {
      title: lesson.data.title,
      path: entryPath('lessons', lesson.id),
      questions: lesson.data.questions,
      personal: personalLessonSentence(lesson.data.personal_lesson),
      actions: actionsOf(lesson, date),
      pattern: first(lesson.data.patterns, (id) => library.card('patterns', id)),
      trap: first(lesson.data.traps, (id) => library.card('traps', id)),
    },
  };
}
