import { getCollection } from 'astro:content';
import { site } from '../../site.config.ts';
import type { Card } from '../domain/cards.ts';
import type { Lesson } from '../schemas/lesson.ts';
import { FAILURE_KINDS } from '../schemas/vocabulary.ts';
import { personalLessonSentence } from '../view/personal-lesson.ts';
import { entryPath, withBase } from '../view/urls.ts';
import type { ActionsRef } from './entry-page.ts';
import type { Library, LessonEntry } from './load-library.ts';

/** A lesson of the library that the writing guide shows, with the pattern it cites and the trap it fell into. */
export interface GuideExample {
  title: string;
  /** Its page as a site path (`/lessons/<id>/`): a page's links get the base when they are drawn. */
  path: string;
  questions: Lesson['questions'];
  /** Its personal lesson, as the sentence its page prints. */
  personal: string;
  actions: ActionsRef;
  pattern: Card | undefined;
  trap: Card | undefined;
}

/**
 * What a site page (src/content/pages/*.mdx) can show besides its prose, as `props`: the config and a few facts of
 * the library. Pages that read only these, and no import by path, work from any folder a fork names.
 */
export interface SitePageProps {
  site: typeof site;
  /** How many authors the library has. */
  authors: number;
  /** The kinds of failure a lesson is classed as, as readers see them. */
  failureKinds: string[];
  /** The writing guide's example, when the library has a lesson. */
  example: GuideExample | undefined;
}

const links = (lesson: LessonEntry) => lesson.data.patterns.length + lesson.data.traps.length;

/** The guide's example: a featured lesson with actions before any other, then the one most linked to patterns and traps. */
export function exampleLesson(lessons: readonly LessonEntry[]): LessonEntry | undefined {
  const rank = (lesson: LessonEntry) =>
    (lesson.data.featured ? 2 : 0) + (lesson.data.actions.length > 0 ? 1 : 0);
  // Lessons come newest first, and a stable sort keeps that order among equals.
  return [...lessons].sort((a, b) => rank(b) - rank(a) || links(b) - links(a))[0];
}

/** Everything a site page may read, built once per page from the loaded library. */
export function sitePageProps(library: Library): SitePageProps {
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
      actions: { id: lesson.id, title: lesson.data.title, actions: lesson.data.actions },
      pattern: first(lesson.data.patterns, (id) => library.card('patterns', id)),
      trap: first(lesson.data.traps, (id) => library.card('traps', id)),
    },
  };
}

/** Every page's footer links to the site pages, in their frontmatter's order. */
export async function sitePageLinks(): Promise<{ href: string; label: string }[]> {
  const pages = await getCollection('pages');
  return pages
    .sort((a, b) => a.data.footer.order - b.data.footer.order || a.id.localeCompare(b.id))
    .map((page) => ({ href: withBase(`/${page.id}/`), label: page.data.footer.label }));
}
