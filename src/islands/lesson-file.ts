/**
 * The lesson file the contribute page sends: `npm run new`'s own template (src/view/entry-templates.ts) given the
 * form's answers, so the page and the scaffolder write the same file for the same answers.
 */
import { renderEntry, type Answers } from '../view/entry-templates.ts';
import { toSlug } from '../check/rules/slugs.ts';

// The fields the template writes by name; any other field of the schema goes to `more`, as YAML.
const NAMED = new Set([
  'title',
  'summary',
  'authors',
  'tags',
  'event',
  'lens',
  'failure_kind',
  'questions',
  'personal_lesson',
  'actions',
  'patterns',
  'traps',
]);

const text = (value: unknown) => (typeof value === 'string' ? value : '');
// A blank answer is left to the template, which writes its guidance there, as `npm run new` does.
const said = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const record = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
// Only the parts given, so that `{}` and a part left out read alike.
const given = <T extends Record<string, string | undefined>>(parts: T) =>
  Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;

/** The template's answers for a lesson's data (as cleanValues gives it) and body. */
export function lessonAnswers(data: Record<string, unknown>, body: string): Answers {
  const questions = record(data['questions']);
  const personal = record(data['personal_lesson']);
  const more = Object.fromEntries(Object.entries(data).filter(([key]) => !NAMED.has(key)));
  const summary = said(data['summary']);
  return {
    title: text(data['title']),
    authors: ids(data['authors']),
    tags: ids(data['tags']),
    event: said(data['event']),
    lens: text(data['lens']),
    failureKind: text(data['failure_kind']),
    words: {
      ...(summary === undefined ? {} : { summary }),
      questions: given({
        intended: said(questions['intended']),
        happened: said(questions['happened']),
        gap: said(questions['gap']),
        why: said(questions['why']),
      }),
      personalLesson: given({
        pattern: said(personal['pattern']),
        develop: said(personal['develop']),
        plan: said(personal['plan']),
      }),
      actions: (Array.isArray(data['actions']) ? data['actions'] : []).map((action) => {
        const parts = record(action);
        return given({
          what: said(parts['what']),
          owner: said(parts['owner']),
          by: said(parts['by']),
          verify: said(parts['verify']),
        });
      }),
      patterns: ids(data['patterns']),
      traps: ids(data['traps']),
      body,
      more,
    },
  };
}

/** A lesson's file: where it goes in the repository and its text, as `npm run new` would write it. */
export interface LessonFile {
  slug: string;
  path: string;
  text: string;
}

/** The file for a lesson's data and body, published `today`. */
export function lessonFile(data: Record<string, unknown>, body: string, today: Date): LessonFile {
  const answers = lessonAnswers(data, body);
  // An untitled draft still gets a name, so Download always has a file to save.
  const slug = toSlug(answers.title ?? '') || 'untitled-lesson';
  return {
    slug,
    path: `content/lessons/${slug}.mdx`,
    text: renderEntry('lesson', answers, today),
  };
}
