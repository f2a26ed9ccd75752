/**
 * The scaffolder's logic (`npm run new`): what to ask for each kind of entry, how flag
 * values are checked, and the templates. Everything but `readLibraryChoices` is pure, so
 * the command line in scripts/new.ts only parses flags, prompts and writes the file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { didYouMean } from '../check/nearest.ts';
import { toSlug } from '../check/rules/slugs.ts';
import { authorSchema } from '../schemas/author.ts';
import { entryBase, slug as slugSchema } from '../schemas/common.ts';
import { PATTERN_SECTIONS, patternSchema } from '../schemas/pattern.ts';
import { trapSchema } from '../schemas/trap.ts';
import { CONFIDENCE, FAILURE_KINDS, FIELDS, LENSES, LINK_KINDS, TRAP_KINDS } from '../schemas/vocabulary.ts';

/** The kinds of entry the scaffolder writes, with the folder and file type each lives in. */
export const SCAFFOLD_KINDS = {
  lesson: { collection: 'lessons', extension: '.mdx', label: 'Lesson', meaning: 'A write-up of a failure you lived through.' },
  pattern: { collection: 'patterns', extension: '.mdx', label: 'Pattern', meaning: 'A recurring problem and a proven way through it.' },
  trap: { collection: 'traps', extension: '.mdx', label: 'Decision trap', meaning: 'A bias, breakdown or pitfall that sinks projects.' },
  author: { collection: 'authors', extension: '.yaml', label: 'Author', meaning: 'A profile for a member who writes entries.' },
} as const;

/** One kind of entry the scaffolder writes. */
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** Whether a string names a kind the scaffolder writes. */
export function isScaffoldKind(value: string): value is ScaffoldKind {
  return Object.hasOwn(SCAFFOLD_KINDS, value);
}

/** Something to pick from: the id that goes into the file, and what a person reads. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/** What the library already holds, as choices for prompts and as the ids a flag may name. */
export interface LibraryChoices {
  authors: Choice[];
  tags: Choice[];
  events: Choice[];
  patterns: Choice[];
  /** The slugs already taken in each collection the scaffolder writes to. */
  taken: Record<ScaffoldKind, Set<string>>;
}

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
}

type TextKey = 'title' | 'name' | 'role';
type OneKey = 'event' | 'lens' | 'failureKind' | 'trapKind' | 'confidence';
type ManyKey = 'authors' | 'tags' | 'drawsOn' | 'counterMoves';

interface BaseQuestion {
  /** The command-line flag that answers it without a prompt (`--failure-kind`). */
  flag: string;
  /** The prompt's wording. */
  message: string;
  /** Asked, but may be left empty (`--event none`). */
  optional?: boolean;
}

/** A free-text answer, checked by the schema field it ends up in. */
export interface TextQuestion extends BaseQuestion {
  type: 'text';
  key: TextKey;
  /** A message when the value is not acceptable. */
  validate: (value: string) => string | undefined;
}

/** One value picked from a list. */
export interface OneQuestion extends BaseQuestion {
  type: 'one';
  key: OneKey;
  choices: (library: LibraryChoices) => Choice[];
}

/** Several values picked from a list. */
export interface ManyQuestion extends BaseQuestion {
  type: 'many';
  key: ManyKey;
  choices: (library: LibraryChoices) => Choice[];
  /** A message when the selection as a whole is not acceptable (too few, too many). */
  validate: (values: string[]) => string | undefined;
}

/** One thing the scaffolder asks for. */
export type Question = TextQuestion | OneQuestion | ManyQuestion;

// The schema field that will hold a value decides what is valid, so no limit is restated here.
function bySchema(schema: z.ZodType) {
  return (value: unknown): string | undefined => {
    const result = schema.safeParse(value);
    return result.success ? undefined : (result.error.issues[0]?.message ?? 'not a valid value');
  };
}

/** A vocabulary from src/schemas/vocabulary.ts as choices, labels and meanings included. */
export function vocabularyChoices(vocabulary: Record<string, { label: string; meaning?: string }>): Choice[] {
  return Object.entries(vocabulary).map(([value, { label, meaning }]) => ({ value, name: label, ...(meaning ? { description: meaning } : {}) }));
}

const title: TextQuestion = { type: 'text', key: 'title', flag: 'title', message: 'Title', validate: bySchema(entryBase.shape.title) };
const authors: ManyQuestion = {
  type: 'many',
  key: 'authors',
  flag: 'authors',
  message: 'Authors (add yourself first with `npm run new -- --kind author` if you are not listed)',
  choices: (library) => library.authors,
  validate: bySchema(entryBase.shape.authors),
};
const tags: ManyQuestion = {
  type: 'many',
  key: 'tags',
  flag: 'tags',
  message: 'Tags',
  choices: (library) => library.tags,
  validate: bySchema(entryBase.shape.tags),
};

/** What to ask for each kind, in the order a person would answer. */
export const QUESTIONS: Record<ScaffoldKind, Question[]> = {
  lesson: [
    title,
    authors,
    tags,
    { type: 'one', key: 'event', flag: 'event', message: 'The shared event it comes from', optional: true, choices: (library) => library.events },
    { type: 'one', key: 'lens', flag: 'lens', message: 'The lens you looked through', choices: () => vocabularyChoices(LENSES) },
    { type: 'one', key: 'failureKind', flag: 'failure-kind', message: 'What kind of failure it was', choices: () => vocabularyChoices(FAILURE_KINDS) },
  ],
  pattern: [
    title,
    authors,
    tags,
    { type: 'one', key: 'confidence', flag: 'confidence', message: 'How established it is', choices: () => vocabularyChoices(CONFIDENCE) },
    {
      type: 'many',
      key: 'drawsOn',
      flag: 'draws-on',
      message: 'Fields of practice it draws on',
      choices: () => vocabularyChoices(FIELDS),
      validate: bySchema(patternSchema.shape.draws_on),
    },
  ],
  trap: [
    title,
    authors,
    tags,
    { type: 'one', key: 'trapKind', flag: 'trap-kind', message: 'Which family of trap', choices: () => vocabularyChoices(TRAP_KINDS) },
    {
      type: 'many',
      key: 'counterMoves',
      flag: 'counter-moves',
      message: 'Patterns that counter it',
      choices: (library) => library.patterns,
      validate: bySchema(trapSchema.shape.counter_moves),
    },
  ],
  author: [
    { type: 'text', key: 'name', flag: 'name', message: 'Name, as it should be shown', validate: bySchema(authorSchema.shape.name) },
    { type: 'text', key: 'role', flag: 'role', message: 'Role, as you would put it on a CV', validate: bySchema(authorSchema.shape.role) },
  ],
};

/** The word that means "no value" for an optional choice given as a flag. */
export const NONE = 'none';

/** Splits a comma-separated flag value into its items. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function unknownValue(question: Question, value: string, choices: Choice[]): string {
  const known = choices.map((c) => c.value);
  const hint = didYouMean(value, known) || ` Choose from: ${known.join(', ') || '(none yet)'}.`;
  return `--${question.flag}: \`${value}\` is not one of the choices.${hint}`;
}

/** One flag's value checked against its question: the answer, or what is wrong with it. */
export function answerFromFlag(question: Question, raw: string, library: LibraryChoices): { value: string | string[] | undefined } | { problem: string } {
  if (question.type === 'text') {
    const problem = question.validate(raw);
    return problem ? { problem: `--${question.flag}: ${problem}` } : { value: raw.trim() };
  }
  const choices = question.choices(library);
  const known = new Set(choices.map((c) => c.value));
  if (question.type === 'one') {
    const value = raw.trim();
    if (question.optional && (value === '' || value === NONE)) return { value: undefined };
    return known.has(value) ? { value } : { problem: unknownValue(question, value, choices) };
  }
  const values = [...new Set(splitList(raw))];
  const unknown = values.filter((v) => !known.has(v));
  if (unknown.length) return { problem: unknown.map((v) => unknownValue(question, v, choices)).join('\n') };
  const problem = question.validate(values);
  return problem ? { problem: `--${question.flag}: ${problem}` } : { value: values };
}

/** What the flags answer for a kind, what is wrong with them, and which questions remain. */
export function answersFromFlags(
  kind: ScaffoldKind,
  flags: Readonly<Record<string, string | undefined>>,
  library: LibraryChoices,
): { answers: Answers; problems: string[]; unanswered: Question[] } {
  const answers: Record<string, unknown> = {};
  const problems: string[] = [];
  const unanswered: Question[] = [];
  for (const question of QUESTIONS[kind]) {
    const raw = flags[question.flag];
    if (raw === undefined) {
      unanswered.push(question);
      continue;
    }
    const result = answerFromFlag(question, raw, library);
    if ('problem' in result) problems.push(result.problem);
    else answers[question.key] = result.value;
  }
  return { answers: answers as Answers, problems, unanswered };
}

/** The slug for a new entry: the one given, or one made from the title (or an author's name). */
export function slugFor(kind: ScaffoldKind, answers: Answers, given?: string): { slug: string } | { problem: string } {
  if (given !== undefined) {
    const result = slugSchema.safeParse(given);
    return result.success ? { slug: given } : { problem: `--slug \`${given}\`: ${result.error.issues[0]?.message ?? 'not a slug'}; try \`${toSlug(given)}\`.` };
  }
  const source = kind === 'author' ? answers.name : answers.title;
  const made = toSlug(source ?? '');
  return made ? { slug: made } : { problem: `cannot make a slug from \`${source ?? ''}\`: give one with --slug.` };
}

/** Why a slug cannot be used for a new entry, or undefined when it is free; `shown` names the file in the message. */
export function slugTaken(kind: ScaffoldKind, slug: string, library: LibraryChoices, shown?: string): string | undefined {
  const { collection, extension } = SCAFFOLD_KINDS[kind];
  if (!library.taken[kind].has(slug)) return undefined;
  const source = kind === 'author' ? 'name' : 'title';
  return `${shown ?? `content/${collection}/${slug}${extension}`} already exists: choose another ${source} or give a different --slug.`;
}

/** Where a new entry goes inside the content folder. */
export function entryPath(contentDir: string, kind: ScaffoldKind, slug: string): string {
  const { collection, extension } = SCAFFOLD_KINDS[kind];
  return join(contentDir, collection, `${slug}${extension}`);
}

/** A date as YYYY-MM-DD in UTC, the form the schemas read (UTC, so "today" is never tomorrow). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// YAML's own quoting, so a title with a colon or a quote stays one valid string.
const yamlString = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const flowList = (ids: readonly string[]) => `[${ids.join(', ')}]`;
// Long placeholders as folded blocks: valid YAML whatever punctuation the guidance uses.
const folded = (text: string, indent: string) => `>-\n${indent}  ${text}`;
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
  Context: 'Replace this with the situation where the pattern applies: who is involved and what they are about to do.',
  Problem: 'Replace this with the recurring problem and the forces that pull against a good outcome, one short line each.',
  Solution: 'Replace this with the move that resolves the forces, in a paragraph or two.',
  Implementation: 'Replace this with numbered steps a group can follow the first time they try it.',
  Consequences: 'Replace this with what flourishes when the pattern is used and what new risks it brings.',
  'Known uses': 'Replace this with two or three places the pattern has worked, linking the lessons and events that show it.',
  Vitality: 'Replace this with the signs that the pattern is alive, the signs of decay, and when to start it again.',
};

function lesson(answers: Answers, today: Date): string {
  const due = new Date(today.getTime() + 30 * 24 * 60 * 60 * 1000);
  return [
    '---',
    `title: ${yamlString(required(answers.title, 'a title'))}`,
    `summary: ${folded('Replace this with one sentence: what happened, and what it taught you.', '')}`,
    `authors: ${flowList(required(answers.authors, 'authors'))}`,
    ...(answers.event ? [`event: ${answers.event}`] : ['# event: the id of the shared failure in content/events/, if the lesson comes from one.']),
    `# lens: ${choiceComment(LENSES)}`,
    `lens: ${required(answers.lens, 'a lens')}`,
    `# failure_kind: ${choiceComment(FAILURE_KINDS)}`,
    `failure_kind: ${required(answers.failureKind, 'a failure kind')}`,
    '# The four questions: two or three sentences each, with dates and numbers, about conditions and decisions.',
    'questions:',
    `  intended: ${folded('Replace this with what you set out to do and how you would know it had worked.', '  ')}`,
    `  happened: ${folded('Replace this with what actually happened, in order, as it looked at the time.', '  ')}`,
    `  gap: ${folded('Replace this with the difference between the two and what it cost the work or the people it served.', '  ')}`,
    `  why: ${folded('Replace this with the conditions, signals and pressures that opened the gap, and why that makes the failure the kind you chose.', '  ')}`,
    '# Read as: "The pattern of <pattern> showed me I need to develop <develop>; my plan is to <plan>."',
    'personal_lesson:',
    '  pattern: replace with the pattern you noticed in yourself or the work',
    '  develop: replace with the skill or habit you want to develop',
    '  plan: replace this with a concrete step, starting with a verb, and when you will take it',
    '# Each action has an owner that is a role, never a person, a date, and a way to verify it happened.',
    'actions:',
    `  - what: ${folded('Replace this with one change to a process, tool or checklist.', '    ')}`,
    '    owner: replace with a role, such as team lead',
    `    by: ${isoDay(due)}`,
    `    verify: ${folded('Replace this with what someone can look at to see that the change happened.', '    ')}`,
    '# Patterns the lesson cites and traps it fell into: ids from content/patterns/ and content/traps/.',
    'patterns: []',
    'traps: []',
    `tags: ${flowList(required(answers.tags, 'tags'))}`,
    `published: ${isoDay(today)}`,
    '---',
    '',
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
}

function pattern(answers: Answers, today: Date): string {
  const confidence = required(answers.confidence, 'a confidence');
  return [
    '---',
    `title: ${yamlString(required(answers.title, 'a title'))}`,
    `summary: ${folded('Replace this with one sentence: the recurring problem and the move that gets a group through it.', '')}`,
    '# Other names the pattern goes by, one per line.',
    'also_known_as: []',
    `# confidence: ${choiceComment(CONFIDENCE)}`,
    `confidence: ${Number(confidence)}`,
    `# draws_on: ${Object.keys(FIELDS).join(', ')}`,
    `draws_on: ${flowList(required(answers.drawsOn, 'fields'))}`,
    '# Patterns that work well alongside this one, and traps it counters: ids from content/patterns/ and content/traps/.',
    'related: []',
    'counters: []',
    ...commonFields(answers, today),
    '---',
    '',
    ...PATTERN_SECTIONS.flatMap((section) => [`## ${section}`, '', PATTERN_GUIDANCE[section], '']),
  ].join('\n');
}

function trap(answers: Answers, today: Date): string {
  return [
    '---',
    `title: ${yamlString(required(answers.title, 'a title'))}`,
    `summary: ${folded('Replace this with one sentence: the trap, and what it does to the decisions it touches.', '')}`,
    `# kind: ${choiceComment(TRAP_KINDS)}`,
    `kind: ${required(answers.trapKind, 'a trap kind')}`,
    '# What you notice when you are falling into it, one short line each.',
    'warning_signs:',
    '  - Replace with the first thing people notice as the trap closes.',
    '  - Replace with a second sign, in one short line.',
    `counter_moves: ${flowList(required(answers.counterMoves, 'counter moves'))}`,
    ...commonFields(answers, today),
    '---',
    '',
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
}

function author(answers: Answers): string {
  return [
    `name: ${yamlString(required(answers.name, 'a name'))}`,
    `role: ${yamlString(required(answers.role, 'a role'))}`,
    '# Two or three sentences; no e-mail address or phone number.',
    `bio: ${folded('Replace this with what you work on and what you hope to learn or share here.', '')}`,
    `# Public profiles, each a kind (${Object.keys(LINK_KINDS).join(', ')}) and an https:// url.`,
    'links: []',
    '',
  ].join('\n');
}

/** The text of a new entry: valid as written, with guidance in place of the author's words. */
export function renderEntry(kind: ScaffoldKind, answers: Answers, today: Date): string {
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

// An unreadable file gives its id and nothing more: the scaffolder still lists it, and the check explains what is wrong.
function readYaml(path: string): Record<string, unknown> {
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readFrontmatter(path: string): Record<string, unknown> {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (yaml === undefined) return {};
  try {
    const data: unknown = parse(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);

function listIds(contentDir: string, collection: string, extension: string): string[] {
  const folder = join(contentDir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** Reads the ids (and their display names) a new entry may refer to; the one function here that touches the disk. */
export function readLibraryChoices(contentDir: string): LibraryChoices {
  const entries = (collection: string) =>
    listIds(contentDir, collection, '.mdx').map((id) => {
      const data = readFrontmatter(join(contentDir, collection, `${id}.mdx`));
      return { value: id, name: `${text(data['title'], id)} (${id})` };
    });
  const authors = listIds(contentDir, 'authors', '.yaml').map((id) => {
    const data = readYaml(join(contentDir, 'authors', `${id}.yaml`));
    return { value: id, name: `${text(data['name'], id)} (${id})`, description: text(data['role'], '') };
  });
  const tagsPath = join(contentDir, 'tags.yaml');
  const tagData = existsSync(tagsPath) ? readYaml(tagsPath) : {};
  const tags = Object.entries(tagData)
    .map(([id, tag]) => {
      const fields = tag && typeof tag === 'object' ? (tag as Record<string, unknown>) : {};
      return { value: id, name: `${text(fields['label'], id)} (${id})`, description: text(fields['description'], '') };
    })
    .sort((a, b) => a.value.localeCompare(b.value));
  const patterns = entries('patterns');
  // A slug is taken when a file would publish at the same URL, which is what the slugs rule compares.
  const taken = (kind: ScaffoldKind) => {
    const { collection, extension } = SCAFFOLD_KINDS[kind];
    return new Set(listIds(contentDir, collection, extension).map(toSlug));
  };
  return {
    authors,
    tags,
    events: entries('events'),
    patterns,
    taken: { lesson: taken('lesson'), pattern: taken('pattern'), trap: taken('trap'), author: taken('author') },
  };
}
