/**
 * The file the contribute page sends, a lesson, pattern or trap: `npm run new`'s own template
 * (src/view/entry-templates.ts) given the form's answers, so the page and the scaffolder write the same file for
 * the same answers.
 */
import { renderEntry, type Answers } from '../../view/entry-templates.ts';
import { toSlug } from '../../check/text/slugs.ts';

/** The kinds of entry the contribute pages write, and the folder each goes in. */
export const CONTRIBUTE_COLLECTIONS = {
  lesson: 'lessons',
  pattern: 'patterns',
  trap: 'traps',
} as const;
export type ContributeKind = keyof typeof CONTRIBUTE_COLLECTIONS;

// The fields each template writes by name; any other field of the schema goes to `more`, as YAML.
const NAMED_LESSON = new Set([
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
const NAMED_PATTERN = new Set([
  'title',
  'summary',
  'authors',
  'tags',
  'also_known_as',
  'confidence',
  'draws_on',
  'related',
  'counters',
]);
const NAMED_TRAP = new Set([
  'title',
  'summary',
  'authors',
  'tags',
  'kind',
  'warning_signs',
  'counter_moves',
]);

const text = (value: unknown) => (typeof value === 'string' ? value : '');
// A blank answer is left to the template, which writes its guidance there, as `npm run new` does.
const said = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const record = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
// Only the parts given, so that `{}` and a part left out read alike.
const moreThan = (data: Record<string, unknown>, named: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !named.has(key)));
const given = <T extends Record<string, string | undefined>>(parts: T) =>
  Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, string>
  >;

/** The template's answers for a lesson's data (as cleanValues gives it) and body. */
export function lessonAnswers(data: Record<string, unknown>, body: string): Answers {
  const questions = record(data['questions']);
  const personal = record(data['personal_lesson']);
  const more = moreThan(data, NAMED_LESSON);
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

// A proposal is new to the library: it starts at the lowest confidence, and evidence raises it in review.
const PROPOSED_CONFIDENCE = '1';

/** The template's answers for a pattern's data (as cleanValues gives it) and body. */
export function patternAnswers(data: Record<string, unknown>, body: string): Answers {
  const summary = said(data['summary']);
  const alsoKnownAs = ids(data['also_known_as']);
  return {
    title: text(data['title']),
    authors: ids(data['authors']),
    tags: ids(data['tags']),
    confidence: data['confidence'] === undefined ? PROPOSED_CONFIDENCE : String(data['confidence']),
    drawsOn: ids(data['draws_on']),
    words: {
      ...(summary === undefined ? {} : { summary }),
      ...(alsoKnownAs.length ? { alsoKnownAs } : {}),
      related: ids(data['related']),
      counters: ids(data['counters']),
      body,
      more: moreThan(data, NAMED_PATTERN),
    },
  };
}

/** The template's answers for a trap's data (as cleanValues gives it) and body. */
export function trapAnswers(data: Record<string, unknown>, body: string): Answers {
  const summary = said(data['summary']);
  return {
    title: text(data['title']),
    authors: ids(data['authors']),
    tags: ids(data['tags']),
    trapKind: text(data['kind']),
    counterMoves: ids(data['counter_moves']),
    words: {
      ...(summary === undefined ? {} : { summary }),
      warningSigns: ids(data['warning_signs']),
      body,
      more: moreThan(data, NAMED_TRAP),
    },
  };
}

const ANSWERS: Record<ContributeKind, typeof lessonAnswers> = {
  lesson: lessonAnswers,
  pattern: patternAnswers,
  trap: trapAnswers,
};

/** An entry's file: where it goes in the repository and its text, as `npm run new` would write it. */
export interface EntryFile {
  slug: string;
  path: string;
  text: string;
}

/** The file for an entry's data and body, published `today`. */
export function entryFile(
  kind: ContributeKind,
  data: Record<string, unknown>,
  body: string,
  today: Date,
): EntryFile {
  const answers = ANSWERS[kind](data, body);
  // An untitled draft still gets a name, so Download always has a file to save.
  const slug = toSlug(answers.title ?? '') || `untitled-${kind}`;
  return {
    slug,
    path: `content/${CONTRIBUTE_COLLECTIONS[kind]}/${slug}.mdx`,
    text: renderEntry(kind, answers, today),
  };
}
