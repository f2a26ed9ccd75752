import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  KINDS,
  apportion,
  generateLibrary,
  writeLibrary,
  type GeneratedLibrary,
  type LibraryProfile,
} from '../../scripts/bench/generate.ts';
import { profileOf, tagIds } from '../../scripts/bench/profile.ts';
import { seeded } from '../../scripts/bench/random.ts';
import { runCheck, type CheckReport } from '../../src/check/runner/run.ts';
import { PATTERN_SECTIONS } from '../../src/schemas/pattern.ts';
import { isFirstName } from '../../src/check/text/first-names.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'content');
const tagsYaml = readFileSync(join(CONTENT, 'tags.yaml'), 'utf8');
const profile = profileOf(CONTENT);

const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('apportion', () => {
  it('splits a total in the profile proportions, adding up exactly', () => {
    const counts = { patterns: 12, traps: 14, lessons: 14, events: 4, authors: 8 };
    const split = apportion(10_000, counts);
    expect(KINDS.reduce((n, kind) => n + split[kind], 0)).toBe(10_000);
    for (const kind of KINDS)
      expect(Math.abs(split[kind] - (10_000 * counts[kind]) / 52)).toBeLessThan(1);
  });

  it('keeps at least one entry of each kind in a tiny library', () => {
    const split = apportion(10, { patterns: 1, traps: 1, lessons: 100, events: 1, authors: 1 });
    for (const kind of KINDS) expect(split[kind]).toBeGreaterThanOrEqual(1);
  });
});

describe('seeded', () => {
  it('draws distinct indexes, favouring the first ones', () => {
    const random = seeded(1);
    const draws = Array.from({ length: 2000 }, () => random.skewed(100));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(100);
    expect(draws.filter((i) => i < 10).length).toBeGreaterThan(
      draws.filter((i) => i >= 90).length * 3,
    );
    const picked = random.distinct(5, 5);
    expect(new Set(picked).size).toBe(5);
  });
});

describe('generateLibrary', () => {
  let library: GeneratedLibrary;
  let dir: string;
  let report: CheckReport;

  beforeAll(async () => {
    library = generateLibrary({ entries: 60, profile, tags: tagIds(tagsYaml) });
    dir = join(mkdtempSync(join(tmpdir(), 'lesson-share-bench-test-')), 'content');
    writeLibrary(dir, library, tagsYaml);
    report = await runCheck({ contentDir: dir, root: dir, cache: false });
  });

  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('writes a library that passes every check rule with zero findings', () => {
    expect(report.findings).toEqual([]);
    expect(report.silenced).toEqual([]);
    // Every generated file plus tags.yaml was checked.
    expect(report.files).toBe(library.files.size + 1);
  });

  it('respects the proportions of the starting library', () => {
    expect(library.counts).toEqual(apportion(60, profile.counts));
    for (const kind of KINDS) {
      const suffix = kind === 'authors' ? '.yaml' : '.mdx';
      expect(readdirSync(join(dir, kind)).filter((name) => name.endsWith(suffix))).toHaveLength(
        library.counts[kind],
      );
    }
  });

  it('writes bodies of real size, with the pattern sections in order', () => {
    for (const kind of ['patterns', 'traps', 'lessons', 'events'] as const) {
      const bodies = [...library.files]
        .filter(([path]) => path.startsWith(`${kind}/`))
        .map(([, text]) => body(text).length);
      const mean = bodies.reduce((a, b) => a + b, 0) / bodies.length;
      expect(mean, kind).toBeGreaterThan(profile.bodyChars[kind] * 0.7);
      expect(mean, kind).toBeLessThan(profile.bodyChars[kind] * 1.6);
    }
    for (const [path, text] of library.files) {
      if (!path.startsWith('patterns/')) continue;
      const headings = [...body(text).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual([...PATTERN_SECTIONS]);
    }
  });

  it('uses only tags from the vocabulary and links lessons to patterns, traps and events', () => {
    const vocabulary = new Set(tagIds(tagsYaml));
    const lessons = [...library.files]
      .filter(([path]) => path.startsWith('lessons/'))
      .map(([, text]) => frontmatter(text));
    for (const [path, text] of library.files) {
      if (path.endsWith('.mdx'))
        for (const tag of frontmatter(text)['tags'] as string[])
          expect(vocabulary.has(tag), tag).toBe(true);
    }
    expect(lessons.every((l) => (l['patterns'] as string[]).length >= 1)).toBe(true);
    expect(lessons.some((l) => typeof l['event'] === 'string')).toBe(true);
    expect(lessons.some((l) => (l['traps'] as string[]).length > 0)).toBe(true);
  });

  it('makes the same library from the same seed, and another from another seed', () => {
    const again = generateLibrary({ entries: 60, profile, tags: tagIds(tagsYaml) });
    expect([...again.files]).toEqual([...library.files]);
    const other = generateLibrary({ entries: 60, profile, tags: tagIds(tagsYaml), seed: 8 });
    expect([...other.files.keys()]).not.toEqual([...library.files.keys()]);
  });

  it('gives every entry and author of a large library a title of its own, none naming a person', () => {
    const large = generateLibrary({ entries: 3000, profile, tags: tagIds(tagsYaml) });
    const titles = [...large.files.values()].map(
      (text) => /^(?:title|name): (.*)$/m.exec(text)?.[1] ?? '',
    );
    // The check warns of a second entry with a title, and refuses a first name in a title (names-in-titles).
    expect(new Set(titles).size).toBe(titles.length);
    const entryTitles = [...large.files.values()].map((text) => /^title: (.*)$/m.exec(text)?.[1]);
    const words = entryTitles.flatMap((title) => title?.split(' ') ?? []);
    expect(words.filter((word) => isFirstName(word))).toEqual([]);
  });

  it('scales with the requested size', () => {
    const small: LibraryProfile = {
      counts: { patterns: 1, traps: 1, lessons: 6, events: 1, authors: 1 },
      bodyChars: { patterns: 700, traps: 400, lessons: 400, events: 400 },
    };
    const generated = generateLibrary({ entries: 200, profile: small, tags: ['a', 'b', 'c'] });
    expect(generated.files.size).toBe(200);
    expect(generated.counts.lessons).toBe(120);
  });
});

describe('bench page types', () => {
  it('tell entry pages from their paginated lists, index pages and list pages', async () => {
    const { pageType } = await import('../../scripts/bench/measure.ts');
    expect(
      [
        '/',
        '/lessons/',
        '/lessons/3/',
        '/lessons/x/',
        '/patterns/x/lessons/',
        '/patterns/x/lessons/2/',
        '/tags/retro/2/',
        '/authors/a/',
      ].map(pageType),
    ).toEqual([
      'home',
      'lessons',
      'lessons/[page]',
      'lessons/[slug]',
      'patterns/[slug]/[list]',
      'patterns/[slug]/[list]/[page]',
      'tags/[tag]/[page]',
      'authors/[id]',
    ]);
  });
});
