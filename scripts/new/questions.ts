/**
 * What `npm run new` asks for each kind of entry and how a flag's value is checked, every
 * limit taken from the schema field the value ends up in. Pure: templates.ts writes the
 * entry, library-choices.ts reads what the library holds, scripts/new.ts prompts and writes.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { didYouMean } from '../../src/check/text/nearest.ts';
import { toSlug } from '../../src/check/text/slugs.ts';
import { authorSchema } from '../../src/schemas/author.ts';
import { entryBase, slug as slugSchema } from '../../src/schemas/common.ts';
import { patternSchema } from '../../src/schemas/pattern.ts';
import { trapSchema } from '../../src/schemas/trap.ts';
import type { Answers } from '../../src/view/entry-templates.ts';
import {
  CONFIDENCE,
  FAILURE_KINDS,
  FIELDS,
  LENSES,
  TRAP_KINDS,
} from '../../src/schemas/vocabulary.ts';
import { REGISTRY } from '../../src/schemas/collections.ts';

// Folder, file type and label come from the collection's registry row.
const scaffolds = <C extends 'lessons' | 'patterns' | 'traps' | 'authors'>(
  collection: C,
  meaning: string,
) => ({
  collection,
  extension: `.${REGISTRY[collection].source.extension}` as const,
  label: REGISTRY[collection].label.one,
  meaning,
});

/** The kinds of entry the scaffolder writes, by the word a person types (the registry's `singular`). */
export const SCAFFOLD_KINDS = {
  lesson: scaffolds('lessons', 'A write-up of a failure you lived through.'),
  pattern: scaffolds('patterns', 'A recurring problem and a proven way through it.'),
  trap: scaffolds('traps', 'A bias, breakdown or pitfall that sinks projects.'),
  author: scaffolds('authors', 'A profile for a member who writes entries.'),
};

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
export function vocabularyChoices(
  vocabulary: Record<string, { label: string; meaning?: string }>,
): Choice[] {
  return Object.entries(vocabulary).map(([value, { label, meaning }]) => ({
    value,
    name: label,
    ...(meaning ? { description: meaning } : {}),
  }));
}

const title: TextQuestion = {
  type: 'text',
  key: 'title',
  flag: 'title',
  message: 'Title',
  validate: bySchema(entryBase.shape.title),
};
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
    {
      type: 'one',
      key: 'event',
      flag: 'event',
      message: 'The shared event it comes from',
      optional: true,
      choices: (library) => library.events,
    },
    {
      type: 'one',
      key: 'lens',
      flag: 'lens',
      message: 'The lens you looked through',
      choices: () => vocabularyChoices(LENSES),
    },
    {
      type: 'one',
      key: 'failureKind',
      flag: 'failure-kind',
      message: 'What kind of failure it was',
      choices: () => vocabularyChoices(FAILURE_KINDS),
    },
  ],
  pattern: [
    title,
    authors,
    tags,
    {
      type: 'one',
      key: 'confidence',
      flag: 'confidence',
      message: 'How established it is',
      choices: () => vocabularyChoices(CONFIDENCE),
    },
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
    {
      type: 'one',
      key: 'trapKind',
      flag: 'trap-kind',
      message: 'Which family of trap',
      choices: () => vocabularyChoices(TRAP_KINDS),
    },
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
    {
      type: 'text',
      key: 'name',
      flag: 'name',
      message: 'Name, as it should be shown',
      validate: bySchema(authorSchema.shape.name),
    },
    {
      type: 'text',
      key: 'role',
      flag: 'role',
      message: 'Role, as you would put it on a CV',
      validate: bySchema(authorSchema.shape.role),
    },
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
export function answerFromFlag(
  question: Question,
  raw: string,
  library: LibraryChoices,
): { value: string | string[] | undefined } | { problem: string } {
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
  if (unknown.length)
    return { problem: unknown.map((v) => unknownValue(question, v, choices)).join('\n') };
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
export function slugFor(
  kind: ScaffoldKind,
  answers: Answers,
  given?: string,
): { slug: string } | { problem: string } {
  if (given !== undefined) {
    const result = slugSchema.safeParse(given);
    return result.success
      ? { slug: given }
      : {
          problem: `--slug \`${given}\`: ${result.error.issues[0]?.message ?? 'not a slug'}; try \`${toSlug(given)}\`.`,
        };
  }
  const source = kind === 'author' ? answers.name : answers.title;
  const made = toSlug(source ?? '');
  return made
    ? { slug: made }
    : { problem: `cannot make a slug from \`${source ?? ''}\`: give one with --slug.` };
}

/** Why a slug cannot be used for a new entry, or undefined when it is free; `shown` names the file in the message. */
export function slugTaken(
  kind: ScaffoldKind,
  slug: string,
  library: LibraryChoices,
  shown?: string,
): string | undefined {
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
