/**
 * The templates of `npm run new` and the contribute page: a new entry's text, valid as written, with guidance
 * where the author's words go. Pure (the page runs them in the browser), so both write the same file.
 */
import { stringify } from 'yaml';
import { PATTERN_SECTIONS } from '../schemas/pattern.ts';
import {
  CONFIDENCE,
  FAILURE_KINDS,
  FIELDS,
  LENSES,
  LINK_KINDS,
  TRAP_KINDS,
} from '../schemas/vocabulary.ts';
import { isoDay } from './dates-and-counts.ts';
import { fieldNote, leftOutFields } from './field-guide.ts';
import type { CollectionName } from '../schemas/index.ts';

/** The kinds of entry there is a template for. */
export type TemplateKind = 'lesson' | 'pattern' | 'trap' | 'author';

/** Everything the templates need; which fields are set depends on the kind. */
export interface Answers {
  title?: string;
  name?: string;
  role?: string;
  authors?: string[];
  tags?: string[];
  /** A lesson's event; undefined (or absent) when the lesson comes from no shared event. */
  event?: string | undefined;
  lens?: string;
  failureKind?: string;
  trapKind?: string;
  confidence?: string;
  drawsOn?: string[];
  counterMoves?: string[];
  /** An entry's own words, when known (the contribute page); without them the template writes guidance. */
  words?: EntryWords;
}

/** Everything of a pattern or trap besides what `npm run new` asks; each part left out is written as guidance (or empty). */
export interface EntryWords extends LessonWords {
  /** A pattern's other names. */
  alsoKnownAs?: string[];
  /** A pattern's related patterns and the traps it counters. */
  related?: string[];
  counters?: string[];
  /** A trap's warning signs; none (or an empty list) is written as two lines of guidance. */
  warningSigns?: string[];
}

/** A planned follow-up action as a person writes it: the date as YYYY-MM-DD. */
export interface ActionWords {
  what: string;
  owner: string;
  by: string;
  verify: string;
}

/** Everything of a lesson besides what `npm run new` asks; each part left out is written as guidance. */
export interface LessonWords {
  summary?: string;
  questions?: Partial<Record<'intended' | 'happened' | 'gap' | 'why', string>>;
  personalLesson?: Partial<Record<'pattern' | 'develop' | 'plan', string>>;
  /** The actions; an action's part left out is written as guidance, and no list at all as one action of guidance. */
  actions?: Partial<ActionWords>[];
  patterns?: string[];
  traps?: string[];
  /** The Markdown body, headings included. */
  body?: string;
  /** Fields of the schema the template does not name, written as YAML after the ones it does. */
  more?: Record<string, unknown>;
}

// YAML's own quoting, so a title with a colon or a quote stays one valid string.
const yamlString = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const flowList = (ids: readonly string[]) => `[${ids.join(', ')}]`;
// Long placeholders as folded blocks: valid YAML whatever punctuation the guidance uses.
const folded = (text: string, indent: string) => `>-\n${indent}  ${text}`;
// A person's words as a value at `indent`: YAML's own quoting, and a block scalar's lines moved under their key.
const yamlText = (text: string, indent: string) => {
  const [first = '', ...rest] = stringify(text.trim(), { lineWidth: 0 }).trimEnd().split('\n');
  return [first, ...rest.map((line) => (line ? `${indent}  ${line}` : ''))].join('\n');
};
// A frontmatter's lines, then a comment naming every field of the schema they leave out and what it takes.
const withGuide = (collection: CollectionName, lines: string[]) => [
  ...lines,
  ...leftOutFields(collection, lines.join('\n')),
];
// The title's line, after a comment with its limits (from the schema).
const titleLines = (collection: CollectionName, title: string | undefined) => [
  `# ${fieldNote(collection, 'title')}`,
  `title: ${yamlString(required(title, 'a title'))}`,
];

// The person's words when given, the template's guidance otherwise.
const wordsOr = (text: string | undefined, guidance: string, indent: string) =>
  text === undefined ? folded(guidance, indent) : yamlText(text, indent);
const choiceComment = (vocabulary: Record<string, { label: string }>) =>
  Object.entries(vocabulary)
    .map(([key, { label }]) => `${key} (${label})`)
    .join(', ');

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the template needs ${what}`);
  return value;
}

function commonFields(answers: Answers, today: Date): string[] {
  return [
    `authors: ${flowList(required(answers.authors, 'authors'))}`,
    `tags: ${flowList(required(answers.tags, 'tags'))}`,
    `published: ${isoDay(today)}`,
  ];
}

const PATTERN_GUIDANCE: Record<(typeof PATTERN_SECTIONS)[number], string> = {
  Context:
    'Replace this with the situation where the pattern applies: who is involved and what they are about to do.',
  Problem:
    'Replace this with the recurring problem and the forces that pull against a good outcome, one short line each.',
  Solution: 'Replace this with the move that resolves the forces, in a paragraph or two.',
  Implementation: 'Replace this with numbered steps a group can follow the first time they try it.',
  Consequences:
    'Replace this with what flourishes when the pattern is used and what new risks it brings.',
  'Known uses':
    'Replace this with two or three places the pattern has worked, linking the lessons and events that show it.',
  Vitality:
    'Replace this with the signs that the pattern is alive, the signs of decay, and when to start it again.',
};

/** The body `npm run new` writes for a lesson: its headings, with guidance under each. */
export const LESSON_BODY = [
  '## The short version',
  '',
  'Replace this with two or three sentences: what happened and the one thing you would carry into the next project.',
  '',
  '## What it looked like from where I stood',
  '',
  'Replace this with the story as you lived it: what you knew, what you could see, and why each decision made sense at the time. Name roles instead of people, leave out addresses and contact details, and link the patterns and traps you mention.',
  '',
  '## What I would tell another team',
  '',
  '- Replace this with advice another team can act on, one line each.',
  '',
].join('\n');

function actionLines(actions: Partial<ActionWords>[] | undefined, today: Date): string[] {
  if (actions?.length === 0) return ['actions: []'];
  const due = isoDay(new Date(today.getTime() + 30 * 24 * 60 * 60 * 1000));
  return [
    'actions:',
    ...(actions ?? [{}]).flatMap((action) => [
      `  - what: ${wordsOr(action.what, 'Replace this with one change to a process, tool or checklist.', '    ')}`,
      `    owner: ${action.owner === undefined ? 'replace with a role, such as team lead' : yamlText(action.owner, '    ')}`,
      `    by: ${action.by === undefined ? due : yamlText(action.by, '    ')}`,
      `    verify: ${wordsOr(action.verify, 'Replace this with what someone can look at to see that the change happened.', '    ')}`,
    ]),
  ];
}

// Fields the template does not name (a field added to the schema since), as YAML: they still reach the file.
const moreLines = (more: Record<string, unknown> | undefined) =>
  more && Object.keys(more).length > 0
    ? stringify(more, { lineWidth: 0 }).trimEnd().split('\n')
    : [];

function lesson(answers: Answers, today: Date): string {
  const words = answers.words ?? {};
  const { questions, personalLesson: personal } = words;
  return [
    '---',
    ...withGuide('lessons', [
      ...titleLines('lessons', answers.title),
      `summary: ${wordsOr(words.summary, 'Replace this with one sentence: what happened, and what it taught you.', '')}`,
      `authors: ${flowList(required(answers.authors, 'authors'))}`,
      ...(answers.event
        ? [`event: ${answers.event}`]
        : [
            '# event: the id of the shared failure in content/events/, if the lesson comes from one.',
          ]),
      `# lens: ${choiceComment(LENSES)}`,
      `lens: ${required(answers.lens, 'a lens')}`,
      `# failure_kind: ${choiceComment(FAILURE_KINDS)}`,
      `failure_kind: ${required(answers.failureKind, 'a failure kind')}`,
      '# The four questions: two or three sentences each, with dates and numbers, about conditions and decisions.',
      'questions:',
      `  intended: ${wordsOr(questions?.intended, 'Replace this with what you set out to do and how you would know it had worked.', '  ')}`,
      `  happened: ${wordsOr(questions?.happened, 'Replace this with what actually happened, in order, as it looked at the time.', '  ')}`,
      `  gap: ${wordsOr(questions?.gap, 'Replace this with the difference between the two and what it cost the work or the people it served.', '  ')}`,
      `  why: ${wordsOr(questions?.why, 'Replace this with the conditions, signals and pressures that opened the gap, and why that makes the failure the kind you chose.', '  ')}`,
      '# Read as: "The pattern of <pattern> showed me I need to develop <develop>; my plan is to <plan>."',
      'personal_lesson:',
      `  pattern: ${personal?.pattern === undefined ? 'replace with the pattern you noticed in yourself or the work' : yamlText(personal.pattern, '  ')}`,
      `  develop: ${personal?.develop === undefined ? 'replace with the skill or habit you want to develop' : yamlText(personal.develop, '  ')}`,
      `  plan: ${personal?.plan === undefined ? 'replace this with a concrete step, starting with a verb, and when you will take it' : yamlText(personal.plan, '  ')}`,
      '# Each action has an owner that is a role, never a person, a date, and a way to verify it happened.',
      ...actionLines(words.actions, today),
      '# Patterns the lesson cites and traps it fell into: ids from content/patterns/ and content/traps/.',
      `patterns: ${flowList(words.patterns ?? [])}`,
      `traps: ${flowList(words.traps ?? [])}`,
      ...moreLines(words.more),
      `tags: ${flowList(required(answers.tags, 'tags'))}`,
      `published: ${isoDay(today)}`,
    ]),
    '---',
    '',
    words.body === undefined ? LESSON_BODY : `${words.body.trim()}\n`,
  ].join('\n');
}

// A list of the person's strings, one YAML item a line; none is `[]`.
const blockList = (key: string, items: readonly string[] | undefined) =>
  items?.length
    ? [`${key}:`, ...items.map((item) => `  - ${yamlText(item, '  ')}`)]
    : [`${key}: []`];
// The body as the person wrote it, or the template's headings with guidance under each.
const bodyOr = (body: string | undefined, guidance: string) =>
  body === undefined ? guidance : `${body.trim()}\n`;

/** The body `npm run new` writes for a pattern: its required sections, with guidance under each. */
export const PATTERN_BODY = PATTERN_SECTIONS.flatMap((section) => [
  `## ${section}`,
  '',
  PATTERN_GUIDANCE[section],
  '',
]).join('\n');

function pattern(answers: Answers, today: Date): string {
  const confidence = required(answers.confidence, 'a confidence');
  const words = answers.words ?? {};
  return [
    '---',
    ...withGuide('patterns', [
      ...titleLines('patterns', answers.title),
      `summary: ${wordsOr(words.summary, 'Replace this with one sentence: the recurring problem and the move that gets a group through it.', '')}`,
      '# Other names the pattern goes by, one per line.',
      ...blockList('also_known_as', words.alsoKnownAs),
      `# confidence: ${choiceComment(CONFIDENCE)}`,
      `confidence: ${Number(confidence)}`,
      `# draws_on: ${Object.keys(FIELDS).join(', ')}`,
      `draws_on: ${flowList(required(answers.drawsOn, 'fields'))}`,
      '# Patterns that work well alongside this one, and traps it counters: ids from content/patterns/ and content/traps/.',
      `related: ${flowList(words.related ?? [])}`,
      `counters: ${flowList(words.counters ?? [])}`,
      ...moreLines(words.more),
      ...commonFields(answers, today),
    ]),
    '---',
    '',
    bodyOr(words.body, PATTERN_BODY),
  ].join('\n');
}

/** The body `npm run new` writes for a trap: its headings, with guidance under each. */
export const TRAP_BODY = [
  '## How it works',
  '',
  'Replace this with how the trap catches a group, step by step, without naming anyone.',
  '',
  '## Why it is tempting',
  '',
  'Replace this with what makes the trap feel reasonable from the inside.',
  '',
  '## What it costs',
  '',
  'Replace this with what the trap costs the work and the people, linking lessons that show it.',
  '',
  '## How to get out',
  '',
  'Replace this with the counter moves, linking each pattern you named in the frontmatter.',
  '',
].join('\n');

function trap(answers: Answers, today: Date): string {
  const words = answers.words ?? {};
  return [
    '---',
    ...withGuide('traps', [
      ...titleLines('traps', answers.title),
      `summary: ${wordsOr(words.summary, 'Replace this with one sentence: the trap, and what it does to the decisions it touches.', '')}`,
      `# kind: ${choiceComment(TRAP_KINDS)}`,
      `kind: ${required(answers.trapKind, 'a trap kind')}`,
      '# What you notice when you are falling into it, one short line each.',
      ...(words.warningSigns?.length
        ? blockList('warning_signs', words.warningSigns)
        : [
            'warning_signs:',
            '  - Replace with the first thing people notice as the trap closes.',
            '  - Replace with a second sign, in one short line.',
          ]),
      `counter_moves: ${flowList(required(answers.counterMoves, 'counter moves'))}`,
      ...moreLines(words.more),
      ...commonFields(answers, today),
    ]),
    '---',
    '',
    bodyOr(words.body, TRAP_BODY),
  ].join('\n');
}

function author(answers: Answers): string {
  return [
    ...withGuide('authors', [
      `name: ${yamlString(required(answers.name, 'a name'))}`,
      `role: ${yamlString(required(answers.role, 'a role'))}`,
      '# Two or three sentences; no e-mail address or phone number.',
      `bio: ${folded('Replace this with what you work on and what you hope to learn or share here.', '')}`,
      `# Public profiles, each a kind (${Object.keys(LINK_KINDS).join(', ')}) and an https:// url.`,
      'links: []',
    ]),
    '',
  ].join('\n');
}

/** The text of a new entry: valid as written, with guidance in place of the author's words. */
export function renderEntry(kind: TemplateKind, answers: Answers, today: Date): string {
  switch (kind) {
    case 'lesson':
      return lesson(answers, today);
    case 'pattern':
      return pattern(answers, today);
    case 'trap':
      return trap(answers, today);
    case 'author':
      return author(answers);
  }
}
