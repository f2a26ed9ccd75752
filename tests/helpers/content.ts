import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A throwaway copy of a content folder, to change without touching the original. */
export function copyLibrary(from: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lesson-share-content-')), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** The raw frontmatter of every MDX entry in a content folder, by `collection/id`. */
export function readFrontmatter(contentDir: string): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const collection of ['patterns', 'traps', 'lessons', 'events']) {
    for (const name of readdirSync(join(contentDir, collection)).filter((n) =>
      n.endsWith('.mdx'),
    )) {
      const text = readFileSync(join(contentDir, collection, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      result.set(`${collection}/${name.slice(0, -4)}`, parse(yaml) as Record<string, unknown>);
    }
  }
  return result;
}

const pad = (n: number) => String(n).padStart(3, '0');
/** 2025-01-01 plus `n` days, as frontmatter writes dates. */
export const fixtureDay = (n: number) =>
  new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

/**
 * Adds `count` copies of the fixture's `lesson-one` (its author, event, lens, pattern, trap and
 * overdue action), `extra-lesson-001`… published a day apart from 2 January 2025, the first
 * `featured` of them featured: enough of them make every list that cites lesson-one's neighbours long.
 */
export function addExtraLessons(contentDir: string, count: number, featured = 0): void {
  const lesson = readFileSync(join(contentDir, 'lessons/lesson-one.mdx'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const text = lesson
      .replaceAll('Lesson One', `Extra Lesson ${pad(i)}`)
      .replace('featured: true', `featured: ${i <= featured}`)
      .replace(/^published: .*$/m, `published: ${fixtureDay(i)}`);
    writeFileSync(join(contentDir, `lessons/extra-lesson-${pad(i)}.mdx`), text);
  }
}

/** Adds `count` copies of the fixture's emerging `beta-pattern`, which needs no evidence, as `extra-pattern-001`…. */
export function addExtraPatterns(contentDir: string, count: number): void {
  const pattern = readFileSync(join(contentDir, 'patterns/beta-pattern.mdx'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const text = pattern
      .replaceAll('Beta Pattern', `Extra Pattern ${pad(i)}`)
      .replace(/^published: .*$/m, `published: ${fixtureDay(i)}`);
    writeFileSync(join(contentDir, `patterns/extra-pattern-${pad(i)}.mdx`), text);
  }
}
