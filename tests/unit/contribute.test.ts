import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createReference } from 'astro/content/runtime';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LESSON_BODY } from '../../src/view/entry-templates.ts';
import { checkInPage, IN_PAGE_RULES } from '../../src/check/in-page.ts';
import { runCheck } from '../../src/check/run.ts';
import { restoreValues } from '../../src/islands/draft.ts';
import { fieldsOf, type Field } from '../../src/islands/form-model.ts';
import { cleanValues, emptyValues } from '../../src/islands/form-values.ts';
import { lessonFile } from '../../src/islands/lesson-file.ts';
import { MAX_URL_LENGTH, pullRequestLink } from '../../src/islands/pull-request.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { reference } from '../../src/schemas/reference.ts';
import { createReference as browserReference } from '../../src/schemas/reference-browser.ts';
import { LENSES, keysOf } from '../../src/schemas/vocabulary.ts';
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
    const file = lessonFile(cleanValues(fields, values), LESSON_BODY, new Date('2026-06-01'));
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
    const read = frontmatter(lessonFile(data, LESSON_BODY, new Date('2026-06-01')).text);
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
      const page = (await checkInPage(shown, readFileSync(path, 'utf8'), 'lessons')).findings.map(
        key,
      );
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
    const file = lessonFile(data, `${LESSON_BODY}\nThe password was hunter2!\n`, new Date());
    const { findings, fieldAt } = await checkInPage(file.path, file.text, 'lessons');
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
