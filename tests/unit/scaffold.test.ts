import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/runner/run.ts';
import { readLibraryChoices } from '../../scripts/new/library-choices.ts';
import {
  SCAFFOLD_KINDS,
  answersFromFlags,
  entryPath,
  slugFor,
  slugTaken,
  type ScaffoldKind,
} from '../../scripts/new/questions.ts';
import { renderEntry } from '../../src/view/entry-templates.ts';
import { PATTERN_SECTIONS } from '../../src/schemas/pattern.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';

const BASE = join(ROOT, 'tests/fixtures/library');

// Flags that answer every question for each kind with ids from the fixture library.
const FLAGS: Record<ScaffoldKind, Record<string, string>> = {
  lesson: {
    title: 'Launch day: the "quiet" #1 & what it taught us',
    authors: 'ana-lopez,ben-okoro',
    tags: 'retro,metrics',
    event: 'big-launch',
    lens: 'data-instrumentation',
    'failure-kind': 'inherent',
  },
  pattern: {
    title: 'Two-Minute Check-In',
    authors: 'cy-park',
    tags: 'retro',
    confidence: '1',
    'draws-on': 'learning,facilitation',
  },
  trap: {
    title: 'Planning Fallacy',
    authors: 'ana-lopez',
    tags: 'metrics',
    'trap-kind': 'cognitive-bias',
    'counter-moves': 'alpha-pattern,beta-pattern',
  },
  author: { name: 'Zoë Example-Writer', role: 'Delivery lead' },
};

function scaffold(
  content: string,
  kind: ScaffoldKind,
  flags: Record<string, string>,
  today = new Date(),
): string {
  const library = readLibraryChoices(content);
  const { answers, problems, unanswered } = answersFromFlags(kind, flags, library);
  expect(problems).toEqual([]);
  expect(unanswered.filter((q) => !q.optional)).toEqual([]);
  const result = slugFor(kind, answers);
  if ('problem' in result) throw new Error(result.problem);
  const path = entryPath(content, kind, result.slug);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderEntry(kind, answers, today), { flag: 'wx' });
  return path;
}

function runNew(content: string, args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LESSON_SHARE_CONTENT: content },
    // No standard input at all: the script must not wait for a prompt.
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30_000,
  });
}

const flagArgs = (kind: ScaffoldKind, flags: Record<string, string>) => [
  '--kind',
  kind,
  ...Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]),
];

describe('scaffolder', () => {
  it('writes an entry of every kind whose only findings are its guidance lines, each a placeholder to replace', async () => {
    const content = copyLibrary(BASE);
    const written = (Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[]).map((kind) =>
      scaffold(content, kind, FLAGS[kind]),
    );
    scaffold(content, 'lesson', {
      ...FLAGS.lesson,
      title: 'A lesson from no shared event',
      event: 'none',
    });
    expect(written.map((path) => path.slice(content.length + 1))).toEqual([
      'lessons/launch-day-the-quiet-1-and-what-it-taught-us.mdx',
      'patterns/two-minute-check-in.mdx',
      'traps/planning-fallacy.mdx',
      'authors/zoe-example-writer.yaml',
    ]);
    const report = await runCheck({ contentDir: content, root: dirname(content), cache: false });
    expect(report.findings.filter((f) => f.rule !== 'placeholder')).toEqual([]);
    // Every "Replace…" line the template writes is reported, in every file, and nothing else.
    for (const path of written) {
      const guidance = readFileSync(path, 'utf8').match(/[Rr]eplace (this )?with/g) ?? [];
      expect(report.findings.filter((f) => join(dirname(content), f.file) === path)).toHaveLength(
        guidance.length,
      );
    }
    expect(report.silenced).toEqual([]);
  });

  it('writes an entry that passes the check once every placeholder is replaced', async () => {
    const content = copyLibrary(BASE);
    const written = (Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[]).map((kind) =>
      scaffold(content, kind, FLAGS[kind]),
    );
    for (const path of written)
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/[Rr]eplace (this )?with/g, 'Written as'),
      );
    const report = await runCheck({ contentDir: content, root: dirname(content), cache: false });
    expect(report.findings).toEqual([]);
  });

  it('gives a pattern every required section, in order', () => {
    const library = readLibraryChoices(BASE);
    const { answers } = answersFromFlags('pattern', FLAGS.pattern, library);
    const headings = renderEntry('pattern', answers, new Date()).match(/^## .+$/gm);
    expect(headings).toEqual(PATTERN_SECTIONS.map((s) => `## ${s}`));
  });

  it('refuses a slug that already exists', () => {
    const library = readLibraryChoices(BASE);
    expect(slugTaken('lesson', 'lesson-one', library)).toMatch(/lesson-one\.mdx already exists/);
    expect(slugTaken('lesson', 'lesson-five', library)).toBeUndefined();

    const content = copyLibrary(BASE);
    const before = readFileSync(join(content, 'lessons/lesson-one.mdx'), 'utf8');
    const run = runNew(content, [...flagArgs('lesson', FLAGS.lesson), '--slug', 'lesson-one']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/lesson-one\.mdx already exists/);
    expect(readFileSync(join(content, 'lessons/lesson-one.mdx'), 'utf8')).toBe(before);
  });

  it('writes the file from flags alone, without prompting, and prints the next command', async () => {
    const content = copyLibrary(BASE);
    const run = runNew(content, flagArgs('trap', FLAGS.trap));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = join(content, 'traps/planning-fallacy.mdx');
    expect(existsSync(path)).toBe(true);
    expect(run.stdout).toContain(`npm run check -- ${path}`);
    const report = await runCheck({
      contentDir: content,
      root: dirname(content),
      only: [path],
      cache: false,
    });
    expect(report.findings.map((f) => f.rule)).toEqual(
      Array((readFileSync(path, 'utf8').match(/[Rr]eplace (this )?with/g) ?? []).length).fill(
        'placeholder',
      ),
    );
  });

  it('names every missing flag instead of prompting when there is no terminal', () => {
    const content = copyLibrary(BASE);
    const run = runNew(content, ['--kind', 'lesson', '--title', 'Something we learned']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--authors, --tags, --lens, --failure-kind');
  });

  it('rejects an unknown tag given as a flag and suggests the nearest one', () => {
    const library = readLibraryChoices(BASE);
    const { problems } = answersFromFlags('lesson', { ...FLAGS.lesson, tags: 'retros' }, library);
    expect(problems).toEqual(['--tags: `retros` is not one of the choices. Did you mean `retro`?']);
  });
});
