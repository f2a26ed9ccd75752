#!/usr/bin/env node
// npm run new [-- --kind lesson --title "…" …]: writes a new entry from a template, prompting only for what the flags leave out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { checkbox, input, select } from '@inquirer/prompts';
import { contentDir } from '../src/pipeline/content-dir.ts';
import { readLibraryChoices } from './new/library-choices.ts';
import {
  NONE,
  QUESTIONS,
  SCAFFOLD_KINDS,
  answersFromFlags,
  entryPath,
  isScaffoldKind,
  slugFor,
  slugTaken,
  vocabularyChoices,
  type LibraryChoices,
  type Question,
  type ScaffoldKind,
} from './new/questions.ts';
import { renderEntry } from '../src/view/entry-templates.ts';

// Every question's flag, taken from the question list so a new question is a new flag too.
const questionFlags = [...new Set(Object.values(QUESTIONS).flatMap((qs) => qs.map((q) => q.flag)))];
const options: ParseArgsOptionsConfig = {
  help: { type: 'boolean', short: 'h' },
  kind: { type: 'string' },
  slug: { type: 'string' },
  ...Object.fromEntries(questionFlags.map((flag) => [flag, { type: 'string' as const }])),
};

function usage(): string {
  const kinds = Object.keys(SCAFFOLD_KINDS).join('|');
  const lines = [
    `usage: npm run new -- [--kind ${kinds}] [--slug <slug>] [flags]`,
    '',
    'Prompts for whatever the flags leave out; with every flag given (or no terminal) it never prompts.',
    'Lists are comma-separated (--tags retro,metrics). --event none writes a lesson without an event.',
    '',
  ];
  for (const [kind, { meaning }] of Object.entries(SCAFFOLD_KINDS)) {
    const flags = QUESTIONS[kind as ScaffoldKind].map(
      (q) => `--${q.flag}${q.optional ? ' (optional)' : ''}`,
    );
    lines.push(`  --kind ${kind.padEnd(8)} ${meaning}`, `                  ${flags.join(' ')}`);
  }
  return lines.join('\n');
}

// Control characters (a line break, a tab, an escape) and characters that hide or reorder text have no place in a one-line answer.
const CONTROL = /[\p{Cc}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\u2028\u2029]/u;

/** Why a one-line answer is refused, or undefined: the character named by its code point. */
function controlIn(value: string): string | undefined {
  const char = CONTROL.exec(value)?.[0];
  if (char === undefined) return undefined;
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    char === '\n' || char === '\r' ? 'a line break' : `the control or invisible character ${code}`;
  return `holds ${what}: give it on one line, without control or invisible characters.`;
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
};

async function ask(
  question: Question,
  library: LibraryChoices,
): Promise<string | string[] | undefined> {
  if (question.type === 'text') {
    return (
      await input({
        message: question.message,
        validate: (value) => question.validate(value) ?? true,
      })
    ).trim();
  }
  const choices = question.choices(library);
  if (question.type === 'one') {
    const none = question.optional ? [{ value: NONE, name: 'None' }] : [];
    const value = await select({
      message: question.message,
      choices: [...none, ...choices],
      pageSize: 15,
    });
    return value === NONE && question.optional ? undefined : value;
  }
  if (choices.length === 0)
    throw new Error(
      `nothing to choose for ${question.message.toLowerCase()}: add one to the library first.`,
    );
  return checkbox({
    message: question.message,
    choices,
    pageSize: 15,
    validate: (selected) => question.validate(selected.map((c) => c.value)) ?? true,
  });
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options, allowPositionals: false }) as {
      values: Record<string, string | boolean | undefined>;
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  if (values['help']) {
    console.log(usage());
    return 0;
  }
  const flags = Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  // A line break in a name or title would end its YAML line and start a field of the flag's choosing.
  const controls = Object.entries(flags).flatMap(([flag, value]) => {
    const problem = controlIn(value);
    return problem ? [`--${flag}: ${problem}`] : [];
  });
  if (controls.length) {
    for (const problem of controls) console.error(problem);
    return 2;
  }
  // Prompt only with a person at a terminal; a script or CI gets an error naming the missing flags instead.
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  let kind: ScaffoldKind;
  const givenKind = flags['kind'];
  if (givenKind !== undefined) {
    if (!isScaffoldKind(givenKind)) {
      console.error(
        `--kind: \`${givenKind}\` is not one of ${Object.keys(SCAFFOLD_KINDS).join(', ')}.`,
      );
      return 2;
    }
    kind = givenKind;
  } else if (interactive) {
    kind = await select({
      message: 'What are you adding?',
      choices: vocabularyChoices(SCAFFOLD_KINDS) as { value: ScaffoldKind; name: string }[],
    });
  } else {
    console.error(`--kind is required without a terminal.\n\n${usage()}`);
    return 2;
  }

  const library = readLibraryChoices(contentDir());
  const { answers, problems, unanswered } = answersFromFlags(kind, flags, library);
  const missing = interactive ? [] : unanswered.filter((q) => !q.optional);
  if (missing.length)
    problems.push(
      `missing (there is no terminal to ask at): ${missing.map((q) => `--${q.flag}`).join(', ')}.`,
    );
  if (problems.length) {
    // Every problem at once, so a script is fixed in one go.
    for (const problem of problems) console.error(problem);
    console.error(`\n${usage()}`);
    return 2;
  }

  // The slug is settled as soon as its source is known, so a taken one is refused before the other questions.
  let slug: string | undefined;
  const settleSlug = (): string | undefined => {
    if (
      slug !== undefined ||
      (flags['slug'] === undefined && (kind === 'author' ? !answers.name : !answers.title))
    )
      return undefined;
    const result = slugFor(kind, answers, flags['slug']);
    if ('problem' in result) return result.problem;
    slug = result.slug;
    return slugTaken(kind, slug, library, display(entryPath(contentDir(), kind, slug)));
  };
  let refusal = settleSlug();
  for (const question of interactive ? unanswered : []) {
    if (refusal) break;
    (answers as Record<string, unknown>)[question.key] = await ask(question, library);
    refusal = settleSlug();
  }
  if (refusal || slug === undefined) {
    console.error(refusal ?? 'no slug: give a title or --slug.');
    return 1;
  }

  for (const [key, value] of Object.entries(answers as Record<string, unknown>))
    for (const text of [value].flat())
      if (typeof text === 'string' && controlIn(text)) {
        console.error(`${key}: ${controlIn(text)}`);
        return 2;
      }

  const path = entryPath(contentDir(), kind, slug);
  mkdirSync(dirname(path), { recursive: true });
  // 'wx' refuses to overwrite even if the file appeared since the library was read.
  writeFileSync(path, renderEntry(kind, answers, new Date()), { flag: 'wx' });
  console.log(`Created ${display(path)}`);
  console.log('Write your own words over the guidance ("Replace this…"), then check the file:');
  console.log(`  npm run check -- ${display(path)}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Ctrl-C at a prompt is a choice, not a failure worth a stack trace.
  if (error instanceof Error && error.name === 'ExitPromptError') process.exitCode = 130;
  else if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
    console.error(`${error.message}: the file already exists; choose another --slug.`);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
