import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createReference } from 'astro/content/runtime';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LESSON_BODY } from '../../src/view/entry-templates.ts';
import { checkInPage, IN_PAGE_RULES } from '../../src/check/runner/in-page.ts';
import { runCheck } from '../../src/check/runner/run.ts';
import { CONTRIBUTE_FORMS } from '../../src/islands/contribute/contribute-forms.ts';
import { restoreValues } from '../../src/islands/contribute/draft.ts';
import { fieldsOf, type Field } from '../../src/schemas/form-model.ts';
import { cleanValues, emptyValues, type Values } from '../../src/islands/contribute/form-values.ts';
import { entryFile, type ContributeKind } from '../../src/islands/contribute/entry-file.ts';
import { MAX_URL_LENGTH, pullRequestLink } from '../../src/islands/contribute/pull-request.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { reference } from '../../src/schemas/reference.ts';
import { createReference as browserReference } from '../../src/schemas/reference-browser.ts';
import { PATTERN_SECTIONS } from '../../src/schemas/pattern.ts';
import { FIELDS as PRACTICE_FIELDS, LENSES, keysOf } from '../../src/schemas/vocabulary.ts';
import { checklistItems } from '../../src/view/checklist.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { CASES, caseNames, layCase } from './check-fixtures.ts';

const EDITOR_FIELDS = new Set([
  'published',
  'updated',
  'reviewers',
  'aliases',
  'revisited',
  'featured',
  'actions.status',
  'actions.outcome',
]);
const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const summarise = (fields: Field[]): unknown =>
  fields.map((f) =>
    f.kind === 'group' || f.kind === 'list'
      ? [f.key, f.kind, summarise(f.fields)]
      : [
          f.key,
          f.kind,
          ...('collection' in f ? [f.collection] : []),
          ...(f.optional ? ['optional'] : []),
        ],
  );

describe('the contribute form', () => {
  it('reads each lesson field off the schema as the control its type calls for, editor fields left out', () => {
    const fields = fieldsOf(lessonSchema, EDITOR_FIELDS);
    expect(summarise(fields)).toEqual([
      ['title', 'text'],
      ['summary', 'text'],
      ['authors', 'entries', 'authors'],
      ['tags', 'entries', 'tags'],
      ['event', 'entry', 'events', 'optional'],
      ['lens', 'choice'],
      ['failure_kind', 'choice'],
      [
        'questions',
        'group',
        [
          ['intended', 'text'],
          ['happened', 'text'],
          ['gap', 'text'],
          ['why', 'text'],
        ],
      ],
      [
        'personal_lesson',
        'group',
        [
          ['pattern', 'text'],
          ['develop', 'text'],
          ['plan', 'text'],
        ],
      ],
      [
        'actions',
        'list',
        [
          ['what', 'text'],
          ['owner', 'text'],
          ['by', 'date'],
          ['verify', 'text'],
          ['counters', 'entries', 'traps', 'optional'],
        ],
      ],
      [
        'decision_rule',
        'group',
        [
          ['declared', 'choice'],
          ['rule', 'text', 'optional'],
        ],
      ],
      ['patterns', 'entries', 'patterns', 'optional'],
      ['traps', 'entries', 'traps', 'optional'],
    ]);
    const lens = fields.find((f) => f.key === 'lens');
    expect(lens?.kind === 'choice' && lens.options.map((o) => o.label)).toEqual(
      Object.values(LENSES).map((l) => l.label),
    );
    const title = fields.find((f) => f.key === 'title');
    expect(title).toMatchObject({ kind: 'text', long: false, min: 3, max: 120 });
    expect(fields.find((f) => f.key === 'summary')).toMatchObject({
      long: true,
      min: 20,
      max: 280,
    });
  });

  it('shows a field added to the schema without a line of form code, and writes it into the file', () => {
    const grown = lessonSchema.extend({
      second_lens: z.enum(keysOf(LENSES)).optional(),
      reviewed_on: isoDate,
      mentors: z.array(reference('authors')).default([]),
    });
    const fields = fieldsOf(grown, EDITOR_FIELDS);
    expect(summarise(fields.slice(-3))).toEqual([
      ['second_lens', 'choice', 'optional'],
      ['reviewed_on', 'date'],
      ['mentors', 'entries', 'authors', 'optional'],
    ]);
    const values = {
      ...emptyValues(fields),
      title: 'A lesson with new fields',
      second_lens: 'business',
      reviewed_on: '2026-05-04',
      mentors: ['cy-park'],
    };
    const file = entryFile(
      'lesson',
      cleanValues(fields, values),
      LESSON_BODY,
      new Date('2026-06-01'),
    );
    expect(frontmatter(file.text)).toMatchObject({
      second_lens: 'business',
      reviewed_on: '2026-05-04',
      mentors: ['cy-park'],
    });
  });

  it('writes a person’s words as YAML that reads back as they typed them', () => {
    const tricky = [
      'Launch: "quiet" #1 & what it taught us',
      '- starts like a list item, ends with a colon:',
      'Two lines,\nthe second after a break: fine?',
      "It's 100% [bracketed] {braced} and 'quoted'",
    ];
    const fields = fieldsOf(lessonSchema, EDITOR_FIELDS);
    const values = emptyValues(fields);
    const data = {
      ...cleanValues(fields, values),
      title: tricky[0],
      summary: tricky[1],
      questions: { intended: tricky[2], happened: tricky[3], gap: tricky[0], why: tricky[1] },
      actions: [{ what: tricky[3], owner: 'team lead', by: '2026-07-01', verify: tricky[2] }],
    };
    const read = frontmatter(entryFile('lesson', data, LESSON_BODY, new Date('2026-06-01')).text);
    expect(read['title']).toBe(tricky[0]);
    expect(read['summary']).toBe(tricky[1]);
    expect(read['questions']).toMatchObject({ intended: tricky[2], happened: tricky[3] });
    expect(read['actions']).toEqual([
      { what: tricky[3], owner: 'team lead', by: '2026-07-01', verify: tricky[2] },
    ]);
  });

  it('restores a draft into the form as it is now: fields gone are dropped, fields new start empty', () => {
    const fields = fieldsOf(lessonSchema, EDITOR_FIELDS);
    const restored = restoreValues(fields, {
      title: 'Kept',
      retired_field: 'dropped',
      authors: ['ana-lopez', 7],
      lens: ['not', 'a', 'string'],
    });
    expect(restored['title']).toBe('Kept');
    expect(restored).not.toHaveProperty('retired_field');
    expect(restored['authors']).toEqual(['ana-lopez']);
    expect(restored['lens']).toBe('');
    expect(restored['questions']).toEqual(emptyValues(fields)['questions']);
  });
});

// A proposal's answers, as the form's values: its fields filled, the rest as the form starts them.
const proposal = (kind: ContributeKind, answers: Values, body = CONTRIBUTE_FORMS[kind].body) => {
  const { fields } = CONTRIBUTE_FORMS[kind];
  return entryFile(
    kind,
    cleanValues(fields, { ...emptyValues(fields), ...answers }),
    body,
    new Date(),
  );
};

describe('the pattern and trap proposal forms', () => {
  it('read each field off patternSchema and trapSchema, leaving out what an editor sets', () => {
    expect(summarise(CONTRIBUTE_FORMS.pattern.fields)).toEqual([
      ['title', 'text'],
      ['summary', 'text'],
      ['authors', 'entries', 'authors'],
      ['tags', 'entries', 'tags'],
      ['also_known_as', 'lines', 'optional'],
      ['draws_on', 'choices'],
      ['related', 'entries', 'patterns', 'optional'],
      ['counters', 'entries', 'traps', 'optional'],
    ]);
    const drawsOn = CONTRIBUTE_FORMS.pattern.fields.find((f) => f.key === 'draws_on');
    expect(drawsOn?.kind === 'choices' && drawsOn.options.map((o) => o.label)).toEqual(
      Object.values(PRACTICE_FIELDS).map((f) => f.label),
    );
    expect(summarise(CONTRIBUTE_FORMS.trap.fields)).toEqual([
      ['title', 'text'],
      ['summary', 'text'],
      ['authors', 'entries', 'authors'],
      ['tags', 'entries', 'tags'],
      ['kind', 'choice'],
      ['shows_up_in', 'choices', 'optional'],
      ['warning_signs', 'lines'],
      ['counter_moves', 'entries', 'patterns'],
    ]);
  });

  it('write exactly the pattern and trap files `npm run new` writes for the same answers', () => {
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    const runNew = (args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, LESSON_SHARE_CONTENT: content },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 30_000,
      });
    const common = { authors: ['ana-lopez', 'ben-okoro'], tags: ['retro', 'metrics'] };

    const title = 'Pre-mortem: the "what if" #1 & its uses';
    const pattern = runNew([
      ...['--kind', 'pattern', '--title', title, '--authors', 'ana-lopez,ben-okoro'],
      ...['--tags', 'retro,metrics', '--confidence', '1', '--draws-on', 'learning,resilience'],
    ]);
    expect(pattern.status, pattern.stderr).toBe(0);
    const fromPage = proposal('pattern', {
      ...common,
      title,
      draws_on: ['learning', 'resilience'],
    });
    expect(fromPage.path).toBe('content/patterns/pre-mortem-the-what-if-1-and-its-uses.mdx');
    expect(fromPage.text).toBe(
      readFileSync(join(content, 'patterns/pre-mortem-the-what-if-1-and-its-uses.mdx'), 'utf8'),
    );

    const trap = runNew([
      ...['--kind', 'trap', '--title', 'Sunk cost', '--authors', 'ana-lopez,ben-okoro'],
      ...['--tags', 'retro,metrics', '--trap-kind', 'cognitive-bias'],
      ...['--counter-moves', 'alpha-pattern,beta-pattern'],
    ]);
    expect(trap.status, trap.stderr).toBe(0);
    const trapFromPage = proposal('trap', {
      ...common,
      title: 'Sunk cost',
      kind: 'cognitive-bias',
      counter_moves: ['alpha-pattern', 'beta-pattern'],
    });
    expect(trapFromPage.path).toBe('content/traps/sunk-cost.mdx');
    expect(trapFromPage.text).toBe(readFileSync(join(content, 'traps/sunk-cost.mdx'), 'utf8'));
  }, 60_000);

  it('write a proposed pattern in the person’s words that npm run check accepts as it is', async () => {
    const body = PATTERN_SECTIONS.map(
      (section) =>
        `## ${section}\n\nWhat the ${section.toLowerCase()} of the pattern is, in the proposer’s words.\n`,
    ).join('\n');
    const file = proposal(
      'pattern',
      {
        title: 'Freshness alerts',
        summary: 'Alert when data stops arriving, so that a quiet chart is never read as calm.',
        authors: ['ana-lopez'],
        tags: ['metrics'],
        also_known_as: 'Dead-man switch\n  Heartbeat check: "is it there?"\n',
        draws_on: ['resilience'],
        related: ['alpha-pattern'],
        counters: ['first-trap'],
      },
      body,
    );
    expect(frontmatter(file.text)).toMatchObject({
      also_known_as: ['Dead-man switch', 'Heartbeat check: "is it there?"'],
      confidence: 1,
      related: ['alpha-pattern'],
      counters: ['first-trap'],
    });
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    writeFileSync(join(content, 'patterns/freshness-alerts.mdx'), file.text);
    const report = await runCheck({ contentDir: content, root: dirname(content), cache: false });
    expect(report.findings).toEqual([]);
  }, 60_000);
});

describe('the contribute page’s check', () => {
  // Every lesson of every check fixture case, read by the page and by npm run check.
  const lessons = caseNames().flatMap((name) =>
    existsSync(join(CASES, name, 'lessons'))
      ? readdirSync(join(CASES, name, 'lessons'))
          .filter(
            (file) =>
              file.endsWith('.mdx') && lstatSync(join(CASES, name, 'lessons', file)).isFile(),
          )
          .map((file) => ({ name, file }))
      : [],
  );

  it('finds in a lesson what npm run check finds with the same rules, at the same places', async () => {
    expect(lessons.length).toBeGreaterThan(10);
    const key = (f: { line: number; column: number; rule: string; message: string }) =>
      `${f.line}:${f.column} ${f.rule} ${f.message}`;
    for (const { name, file } of lessons) {
      const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
      layCase(name, content);
      const path = join(content, 'lessons', file);
      const shown = relative(join(content, '..'), path);
      const report = await runCheck({
        contentDir: content,
        root: join(content, '..'),
        cache: false,
      });
      const full = [...report.findings, ...report.silenced.map((s) => s.finding)]
        .filter((f) => f.file === shown && IN_PAGE_RULES.includes(f.rule))
        .map(key);
      const page = (
        await checkInPage(shown, readFileSync(path, 'utf8'), 'lessons', 'US')
      ).findings.map(key);
      // The page runs `blameless` without its names half (people named as the cause), which needs the library.
      expect(
        page.filter((f) => !full.includes(f)),
        `${name}/${file}`,
      ).toEqual([]);
      expect(
        full.filter((f) => !page.includes(f) && !f.includes(' blameless ')),
        `${name}/${file}`,
      ).toEqual([]);
    }
  }, 120_000);

  it('says which field each finding belongs to', async () => {
    const fields = fieldsOf(lessonSchema, EDITOR_FIELDS);
    const data = {
      ...cleanValues(fields, emptyValues(fields)),
      title: 'Ok',
      questions: { intended: 'Write to ops.lead@acme-corp.io with questions, any day.' },
      actions: [{ what: 'Too short', owner: 'team lead', by: '2026-02-30', verify: '' }],
    };
    const file = entryFile(
      'lesson',
      data,
      `${LESSON_BODY}\nThe password was hunter2!\n`,
      new Date(),
    );
    const { findings, fieldAt } = await checkInPage(file.path, file.text, 'lessons', 'US');
    const at = (rule: string) =>
      findings.filter((f) => f.rule === rule).map((f) => fieldAt(f.line));
    expect(at('personal-data')).toEqual(['questions.intended']);
    expect(at('schema')).toEqual(
      expect.arrayContaining(['title', 'lens', 'failure_kind', 'actions.0.what', 'actions.0.by']),
    );
    expect(at('secrets')).toEqual(['body']);
    expect(at('placeholder')).toContain('actions.0.verify');
  });
});

describe('the browser’s reference()', () => {
  it('answers every kind of value as Astro’s own does', () => {
    const astro = createReference()('tags');
    const browser = browserReference()('tags');
    for (const value of [
      'retro',
      42,
      { id: 'retro', collection: 'tags' },
      { id: 'retro', collection: 'authors' },
      { slug: 'retro', collection: 'tags' },
      null,
      true,
      ['retro'],
    ]) {
      const a = astro.safeParse(value);
      const b = browser.safeParse(value);
      expect(b.success, JSON.stringify(value)).toBe(a.success);
      expect(b.data, JSON.stringify(value)).toEqual(a.data);
      expect(b.error?.issues.map((i) => i.message)).toEqual(a.error?.issues.map((i) => i.message));
    }
  });
});

describe('sending', () => {
  it('puts the file in GitHub’s new-file link while it fits, and leaves it out when it does not', () => {
    const repo = 'https://github.com/example-community/lesson-share';
    const short = pullRequestLink(
      repo,
      'main',
      'content/lessons/a b.mdx',
      '---\ntitle: A & B\n---\n',
    );
    expect(short.withFile).toBe(true);
    const url = new URL(short.url);
    expect(url.pathname).toBe('/example-community/lesson-share/new/main');
    expect(url.searchParams.get('filename')).toBe('content/lessons/a b.mdx');
    expect(url.searchParams.get('value')).toBe('---\ntitle: A & B\n---\n');
    const long = pullRequestLink(repo, 'main', 'content/lessons/x.mdx', 'é'.repeat(MAX_URL_LENGTH));
    expect(long.withFile).toBe(false);
    expect(new URL(long.url).searchParams.has('value')).toBe(false);
  });

  it('shows the pull request template’s sanitization checklist, item for item', () => {
    const template = readFileSync(join(ROOT, '.github/pull_request_template.md'), 'utf8');
    const items = checklistItems(template, '## Sanitization checklist');
    const section = template.split('## Sanitization checklist')[1]?.split('\n## ')[0] ?? '';
    expect(items).toEqual(
      section
        .split('\n')
        .filter((line) => line.startsWith('- [ ] '))
        .map((line) => line.slice(6)),
    );
    expect(items.length).toBeGreaterThan(5);
  });
});
