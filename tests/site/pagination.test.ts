import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { copyLibrary, readFrontmatter } from '../helpers/content.ts';
import { allPages, cardTargets, page } from '../helpers/html.ts';

// Enough lessons for three pages of /lessons/ and of /tags/retro/, enough patterns for two of /patterns/.
const EXTRA_LESSONS = 2 * PAGE_SIZE + 20;
const EXTRA_PATTERNS = PAGE_SIZE + 10;
const pad = (n: number) => String(n).padStart(3, '0');
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

let build: BuildResult;
let content: string;

beforeAll(() => {
  content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  const lesson = readFileSync(join(content, 'lessons/lesson-one.mdx'), 'utf8');
  for (let i = 1; i <= EXTRA_LESSONS; i++) {
    const text = lesson
      .replaceAll('Lesson One', `Extra Lesson ${pad(i)}`)
      .replace('featured: true', 'featured: false')
      .replace(/^published: .*$/m, `published: ${day(i)}`);
    writeFileSync(join(content, `lessons/extra-lesson-${pad(i)}.mdx`), text);
  }
  // Emerging patterns need no evidence, so clones of the fixture's emerging pattern stay valid.
  const pattern = readFileSync(join(content, 'patterns/beta-pattern.mdx'), 'utf8');
  for (let i = 1; i <= EXTRA_PATTERNS; i++) {
    const text = pattern.replaceAll('Beta Pattern', `Extra Pattern ${pad(i)}`).replace(/^published: .*$/m, `published: ${day(i)}`);
    writeFileSync(join(content, `patterns/extra-pattern-${pad(i)}.mdx`), text);
  }
  build = buildSite(content);
  if (build.status !== 0) throw new Error(`paginated fixture build failed:\n${build.output}`);
});

afterAll(() => {
  rmSync(dirname(content), { recursive: true, force: true });
  if (build) rmSync(build.outDir, { recursive: true, force: true });
});

/** The hrefs of the pager's links, by rel. */
const rel = (url: string, value: 'prev' | 'next') => page(build.outDir, url).querySelector(`.pager a[rel=${value}]`)?.getAttribute('href');

describe('paginated lesson index', () => {
  const lessons = 3 + EXTRA_LESSONS;
  const last = Math.ceil(lessons / PAGE_SIZE);

  it('keeps the first page at /lessons/ and numbers the others /lessons/2/, /lessons/3/', () => {
    expect(last).toBe(3);
    expect(cardTargets(page(build.outDir, '/lessons/'))).toHaveLength(PAGE_SIZE);
    expect(cardTargets(page(build.outDir, '/lessons/2/'))).toHaveLength(PAGE_SIZE);
    expect(cardTargets(page(build.outDir, '/lessons/3/'))).toHaveLength(lessons - 2 * PAGE_SIZE);
    expect(existsSync(join(build.outDir, 'lessons/1/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'lessons/4/index.html'))).toBe(false);
  });

  it('lists every lesson exactly once across its pages, newest first', () => {
    const targets = ['/lessons/', '/lessons/2/', '/lessons/3/'].flatMap((url) => cardTargets(page(build.outDir, url)));
    expect(new Set(targets).size).toBe(lessons);
    const published = readFrontmatter(content);
    const dates = targets.map((url) => String(published.get(url.slice(1, -1))?.['published']));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links pages with rel=prev and rel=next, and none past either end', () => {
    expect(rel('/lessons/', 'prev')).toBeUndefined();
    expect(rel('/lessons/', 'next')).toBe('/lessons/2/');
    expect(rel('/lessons/2/', 'prev')).toBe('/lessons/');
    expect(rel('/lessons/2/', 'next')).toBe('/lessons/3/');
    expect(rel('/lessons/3/', 'prev')).toBe('/lessons/2/');
    expect(rel('/lessons/3/', 'next')).toBeUndefined();
  });

  it('marks the current page in the pager and gives each page its own title', () => {
    const second = page(build.outDir, '/lessons/2/');
    expect(second.querySelector('.pager [aria-current=page]')?.getAttribute('href')).toBe('/lessons/2/');
    expect(second.querySelectorAll('.pager a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/lessons/', '/lessons/2/', '/lessons/3/']));
    const titles = ['/lessons/', '/lessons/2/', '/lessons/3/'].map((url) => page(build.outDir, url).querySelector('title')?.text);
    expect(new Set(titles).size).toBe(3);
    expect(titles[1]).toMatch(/page 2 of 3/);
  });
});

describe('paginated tag pages', () => {
  it('spread a tag over pages that together list every entry carrying it once', () => {
    const expected = [...readFrontmatter(content)].filter(([, data]) => (data['tags'] as string[]).includes('retro')).map(([key]) => `/${key}/`);
    const urls = ['/tags/retro/', '/tags/retro/2/', '/tags/retro/3/'];
    const targets = urls.flatMap((url) => cardTargets(page(build.outDir, url)));
    expect(targets.sort()).toEqual(expected.sort());
    expect(rel('/tags/retro/', 'next')).toBe('/tags/retro/2/');
    expect(rel('/tags/retro/3/', 'prev')).toBe('/tags/retro/2/');
  });

  it('keep the kind headings of a tag across pages and say so when a kind continues', () => {
    // The emerging-pattern clones all carry `metrics`: its patterns fill one page and run onto the next.
    const second = page(build.outDir, '/tags/metrics/2/');
    expect(second.querySelector('#tagged-patterns')?.text).toMatch(/Patterns \(continued\)/);
    expect(existsSync(join(build.outDir, 'tags/metrics/3/index.html'))).toBe(false);
  });

  it('leave a tag with nothing to list on one page, with its empty state and no pager', () => {
    const unused = page(build.outDir, '/tags/unused/');
    expect(unused.querySelector('.empty')?.text).toMatch(/No entry carries this tag/);
    expect(unused.querySelectorAll('.pager')).toHaveLength(0);
    expect(existsSync(join(build.outDir, 'tags/unused/2/index.html'))).toBe(false);
  });
});

describe('paginated pattern index', () => {
  it('names every confidence level on the first page and continues a level on the next', () => {
    const first = page(build.outDir, '/patterns/');
    expect(first.querySelectorAll('h2').map((h) => h.id)).toEqual(['confidence-3', 'confidence-2', 'confidence-1']);
    const second = page(build.outDir, '/patterns/2/');
    expect(second.querySelector('#confidence-1')?.text).toMatch(/Emerging \(continued\)/);
    const all = [...cardTargets(first), ...cardTargets(second)];
    expect(new Set(all).size).toBe(3 + EXTRA_PATTERNS);
  });
});

describe('page weight', () => {
  it('keeps every page of the paginated library under 30 kB of gzip HTML', () => {
    for (const url of allPages(build.outDir)) {
      const file = join(build.outDir, url.endsWith('/') ? `${url}index.html` : url);
      expect(gzipSync(readFileSync(file)).length, url).toBeLessThan(30_000);
    }
  });
});
