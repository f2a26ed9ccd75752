import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/check/built-links.ts';
import {
  HOME_CARDS,
  PAGE_SIZE,
  PREVIEW_SIZE,
  SHORT_PREVIEW_SIZE,
} from '../../src/view/pagination.ts';
import { ogImageUrl, pageCardUrl, tagCardUrl } from '../../src/view/urls.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import {
  addExtraLessons,
  addExtraPatterns,
  copyLibrary,
  readFrontmatter,
} from '../helpers/content.ts';
import { allPages, cardTargets, page, section } from '../helpers/html.ts';

// Enough lessons for three pages of /lessons/ and of /tags/retro/, enough patterns for two of /patterns/.
// The lessons are copies of lesson-one, so lesson-one's pattern, trap, event and author get long lists too.
const EXTRA_LESSONS = 2 * PAGE_SIZE + 20;
const EXTRA_PATTERNS = PAGE_SIZE + 10;
// More featured lessons than the home page shows.
const EXTRA_FEATURED = HOME_CARDS + 2;

let build: BuildResult;
let content: string;

beforeAll(() => {
  content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  addExtraLessons(content, EXTRA_LESSONS, EXTRA_FEATURED);
  addExtraPatterns(content, EXTRA_PATTERNS);
  build = buildSite(content);
  if (build.status !== 0) throw new Error(`paginated fixture build failed:\n${build.output}`);
});

afterAll(() => {
  rmSync(dirname(content), { recursive: true, force: true });
  if (build) rmSync(build.outDir, { recursive: true, force: true });
});

/** The hrefs of the pager's links, by rel. */
const rel = (url: string, value: 'prev' | 'next') =>
  page(build.outDir, url).querySelector(`.pager a[rel=${value}]`)?.getAttribute('href');

describe('paginated lesson index', () => {
  // The fixture library's four lessons and the extra ones.
  const lessons = 4 + EXTRA_LESSONS;
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
    const targets = ['/lessons/', '/lessons/2/', '/lessons/3/'].flatMap((url) =>
      cardTargets(page(build.outDir, url)),
    );
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
    expect(second.querySelector('.pager [aria-current=page]')?.getAttribute('href')).toBe(
      '/lessons/2/',
    );
    expect(second.querySelectorAll('.pager a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/lessons/', '/lessons/2/', '/lessons/3/']),
    );
    const titles = ['/lessons/', '/lessons/2/', '/lessons/3/'].map(
      (url) => page(build.outDir, url).querySelector('title')?.text,
    );
    expect(new Set(titles).size).toBe(3);
    expect(titles[1]).toMatch(/page 2 of 3/);
  });
});

describe('paginated tag pages', () => {
  it('spread a tag over pages that together list every entry carrying it once', () => {
    const expected = [...readFrontmatter(content)]
      .filter(([, data]) => (data['tags'] as string[]).includes('retro'))
      .map(([key]) => `/${key}/`);
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
    expect(first.querySelectorAll('h2').map((h) => h.id)).toEqual([
      'confidence-3',
      'confidence-2',
      'confidence-1',
    ]);
    const second = page(build.outDir, '/patterns/2/');
    expect(second.querySelector('#confidence-1')?.text).toMatch(/Emerging \(continued\)/);
    const all = [...cardTargets(first), ...cardTargets(second)];
    expect(new Set(all).size).toBe(3 + EXTRA_PATTERNS);
  });
});

/** Every page of a paginated list, from its first, following rel=next. */
const pagesOf = (first: string): string[] => {
  const urls = [first];
  for (let next = rel(first, 'next'); next; next = rel(next, 'next')) urls.push(next);
  return urls;
};
/** The URLs of the entries whose frontmatter field `field` holds `id`. */
const citing = (collection: string, field: string, id: string) =>
  [...readFrontmatter(content)]
    .filter(
      ([key, data]) =>
        key.startsWith(`${collection}/`) && ([data[field]].flat() as string[]).includes(id),
    )
    .map(([key]) => `/${key}/`);
/** The "all N" link under a previewed list. */
const moreLink = (root: ReturnType<typeof page>) =>
  root.querySelector('.more a')?.getAttribute('href');

describe('lists on entry and author pages', () => {
  it('show the first lessons citing a pattern and link to a full list that holds every one exactly once', () => {
    const expected = citing('lessons', 'patterns', 'alpha-pattern');
    expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);
    const preview = section(page(build.outDir, '/patterns/alpha-pattern/'), 'Lessons that cite it');
    expect(cardTargets(preview)).toHaveLength(SHORT_PREVIEW_SIZE);
    // The count says how many of them the card list shows.
    expect(preview.querySelector('h2')?.text).toContain(
      `(${SHORT_PREVIEW_SIZE} of ${expected.length})`,
    );
    expect(moreLink(preview)).toBe('/patterns/alpha-pattern/lessons/');
    const urls = pagesOf('/patterns/alpha-pattern/lessons/');
    expect(urls).toEqual([
      '/patterns/alpha-pattern/lessons/',
      '/patterns/alpha-pattern/lessons/2/',
      '/patterns/alpha-pattern/lessons/3/',
    ]);
    const listed = urls.flatMap((url) => cardTargets(page(build.outDir, url)));
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(expected.sort());
    // The preview is the start of the full list, so a reader who follows the link loses their place nowhere.
    expect(cardTargets(page(build.outDir, urls[0] ?? '')).slice(0, SHORT_PREVIEW_SIZE)).toEqual(
      cardTargets(preview),
    );
  });

  it('name the entry on the full list’s pages and lead back to it', () => {
    const second = page(build.outDir, '/patterns/alpha-pattern/lessons/2/');
    expect(second.querySelector('h1')?.text).toBe('Lessons that cite Alpha Pattern');
    expect(second.querySelector('title')?.text).toMatch(/page 2 of 3/);
    expect(second.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/patterns/',
      '/patterns/alpha-pattern/',
      '/patterns/alpha-pattern/lessons/2/',
    ]);
  });

  it('give a short list no page of its own and no link to one', () => {
    const html = page(build.outDir, '/patterns/alpha-pattern/');
    expect(section(html, 'Related patterns').querySelector('.more')).toBeNull();
    expect(existsSync(join(build.outDir, 'patterns/alpha-pattern/related/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'patterns/gamma-pattern/lessons/index.html'))).toBe(false);
  });

  it('do the same for the lessons that fell into a trap', () => {
    const preview = section(page(build.outDir, '/traps/first-trap/'), 'Lessons that fell into it');
    expect(cardTargets(preview)).toHaveLength(SHORT_PREVIEW_SIZE);
    const listed = pagesOf(moreLink(preview) ?? '').flatMap((url) =>
      cardTargets(page(build.outDir, url)),
    );
    expect(listed.sort()).toEqual(citing('lessons', 'traps', 'first-trap').sort());
  });

  it('keep an author’s portfolio at /authors/<id>/ with the newest of each kind, and every entry on the lists it links to', () => {
    for (const [author, title, collection] of [
      ['ana-lopez', 'Lessons written', 'lessons'],
      ['ben-okoro', 'Patterns authored', 'patterns'],
    ] as const) {
      const expected = citing(collection, 'authors', author);
      expect(expected.length, author).toBeGreaterThan(PAGE_SIZE);
      const preview = section(page(build.outDir, `/authors/${author}/`), title);
      expect(moreLink(preview), author).toBe(`/authors/${author}/${collection}/`);
      const urls = pagesOf(`/authors/${author}/${collection}/`);
      expect(cardTargets(preview), author).toEqual(
        cardTargets(page(build.outDir, urls[0] ?? '')).slice(0, PREVIEW_SIZE),
      );
      const listed = urls.flatMap((url) => cardTargets(page(build.outDir, url)));
      expect(listed.length, author).toBe(new Set(listed).size);
      expect(listed.sort(), author).toEqual(expected.sort());
    }
    const html = page(build.outDir, '/authors/ana-lopez/');
    // A short list stays whole, with no link.
    expect(cardTargets(section(html, 'Patterns authored'))).toEqual(['/patterns/alpha-pattern/']);
    expect(section(html, 'Patterns authored').querySelector('.more')).toBeNull();
    // The skills come from the lessons shown, not from every lesson the author wrote.
    expect(section(html, 'Skills in development').querySelectorAll('li')).toHaveLength(
      SHORT_PREVIEW_SIZE,
    );
  });

  it('keep every lens of an event on its page, and its lessons by lens on a full list', () => {
    const html = page(build.outDir, '/events/big-launch/');
    const mosaic = html.querySelector('.mosaic');
    expect(cardTargets(mosaic ?? html)).toHaveLength(PREVIEW_SIZE);
    // The quiet lens keeps its one lesson beside the busy one.
    expect(cardTargets(section(html, 'Execution & process'))).toEqual(['/lessons/lesson-two/']);
    const busy = section(html, 'User & assumptions');
    expect(moreLink(busy)).toBe('/events/big-launch/lessons/#lens-user-assumptions');
    const urls = pagesOf('/events/big-launch/lessons/');
    const listed = urls.flatMap((url) => cardTargets(page(build.outDir, url)));
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(citing('lessons', 'event', 'big-launch').sort());
    expect(page(build.outDir, urls[1] ?? '').querySelector('#lens-user-assumptions')?.text).toMatch(
      /User & assumptions \(continued\)/,
    );
  });

  it('show a few more lessons from the same event on a lesson page, with a link to the event’s lessons', () => {
    const more = section(page(build.outDir, '/lessons/lesson-one/'), 'More from this event');
    expect(cardTargets(more)).toHaveLength(SHORT_PREVIEW_SIZE);
    expect(cardTargets(more)).not.toContain('/lessons/lesson-one/');
    expect(moreLink(more)).toBe('/events/big-launch/#lessons');
  });
});

describe('home page of a large library', () => {
  it('shows the newest featured lessons and links to a showcase that holds them all', () => {
    const html = page(build.outDir, '/');
    const showcase = section(html, 'The Lesson Share showcase');
    expect(cardTargets(showcase)).toHaveLength(HOME_CARDS);
    expect(showcase.querySelector('a[href="/showcase/"]')).not.toBeNull();
    const featured = [...readFrontmatter(content)]
      .filter(([, data]) => data['featured'] === true)
      .map(([key]) => `/${key}/`);
    expect(featured).toHaveLength(EXTRA_FEATURED + 1);
    expect(cardTargets(page(build.outDir, '/showcase/')).sort()).toEqual(featured.sort());
  });

  it('keeps each column of the catalogue short and links to the whole index', () => {
    const catalogue = section(page(build.outDir, '/'), 'The catalogue');
    const patterns = catalogue.querySelectorAll('.catalogue > div')[0];
    expect(patterns?.querySelector('h3')?.text).toContain(`(${3 + EXTRA_PATTERNS})`);
    expect(patterns?.querySelectorAll('li')).toHaveLength(PREVIEW_SIZE);
    // The most cited come first in the choice: alpha-pattern is cited by every extra lesson.
    expect(patterns?.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toContain(
      '/patterns/alpha-pattern/',
    );
    expect(moreLink(patterns ?? catalogue)).toBe('/patterns/');
  });
});

describe('follow-ups and health of a large library', () => {
  it('spread the overdue actions over pages that list each one once', () => {
    const urls = pagesOf('/follow-ups/');
    expect(urls.length).toBeGreaterThan(1);
    const actions = (url: string) => section(page(build.outDir, url), 'Actions past their date');
    expect(actions(urls[0] ?? '').querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
    // Every fixture lesson has at most one action, so an overdue action is known by its lesson.
    const overdue = [...readFrontmatter(content)]
      .filter(
        ([key, data]) =>
          key.startsWith('lessons/') &&
          (data['actions'] as { status?: string; by: string }[]).some(
            (a) => (a.status ?? 'planned') === 'planned' && new Date(a.by) < new Date(),
          ),
      )
      .map(([key]) => `/${key}/`);
    const listed = urls.flatMap((url) =>
      actions(url)
        .querySelectorAll('tbody tr a')
        .map((a) => a.getAttribute('href')),
    );
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(overdue.sort());
    // The lessons awaiting a look back: the longest waiting on the first page, none repeated on the others.
    const waiting = (url: string) =>
      section(page(build.outDir, url), 'Lessons awaiting a look back').querySelectorAll('tbody tr');
    expect(waiting(urls[0] ?? '')).toHaveLength(PAGE_SIZE);
    expect(urls.slice(1).flatMap(waiting)).toHaveLength(0);
  });

  it('show the thinnest patterns on the health page and every one on the list it links to', () => {
    const thin = section(page(build.outDir, '/health/'), 'Patterns whose evidence is thin');
    const shown = thin.querySelectorAll('tbody tr a').map((a) => a.getAttribute('href'));
    expect(shown).toHaveLength(PREVIEW_SIZE);
    const link = thin.querySelector('.more a');
    expect(link?.getAttribute('href')).toBe('/health/thin-evidence/');
    const listed = pagesOf('/health/thin-evidence/').flatMap((url) =>
      page(build.outDir, url)
        .querySelectorAll('tbody tr a')
        .map((a) => a.getAttribute('href')),
    );
    expect(listed.slice(0, PREVIEW_SIZE)).toEqual(shown);
    expect(new Set(listed).size).toBe(listed.length);
    expect(link?.text).toContain(`all ${listed.length}`);
    expect(listed.length).toBeGreaterThanOrEqual(EXTRA_PATTERNS);
  });
});

describe('links of a large library', () => {
  it('lead somewhere, every page number, "all" link and #fragment to a group included', () => {
    expect(findBrokenLinks(build.outDir)).toEqual([]);
  });
});

describe('sharing cards of paginated lists', () => {
  /** The path of a page's og:image, and whether that card was built. */
  const card = (url: string) => {
    const image = page(build.outDir, url)
      .querySelector('meta[property="og:image"]')
      ?.getAttribute('content');
    const path = image && new URL(image).pathname;
    return { path, built: !!path && existsSync(join(build.outDir, path)) };
  };

  it('give every page of a list the one card of what it lists', () => {
    const lists = {
      '/lessons/': { path: pageCardUrl('lessons'), built: true },
      '/tags/retro/': { path: tagCardUrl('retro'), built: true },
      '/patterns/alpha-pattern/lessons/': {
        path: ogImageUrl('patterns', 'alpha-pattern'),
        built: true,
      },
    };
    for (const [first, expected] of Object.entries(lists))
      for (const url of [first, `${first}2/`, `${first}3/`])
        expect({ url, ...card(url) }).toEqual({ url, ...expected });
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
