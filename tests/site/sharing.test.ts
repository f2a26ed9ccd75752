import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';
import { allPages, cardTargets, page, section } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const SITE = 'https://lesson-share.example.org';
const entries = readFrontmatter(FIXTURE);
let build: BuildResult;

beforeAll(() => {
  build = buildSite(FIXTURE);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const sitemap = (): { loc: string; lastmod?: string }[] => xml('sitemap.xml').urlset.url;

const xml = (path: string) => {
  const text = readFileSync(join(build.outDir, path), 'utf8');
  expect(XMLValidator.validate(text), path).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'url', 'author'].includes(name),
  }).parse(text);
};

describe('author pages', () => {
  it('list exactly each author’s entries', () => {
    for (const author of ['ana-lopez', 'ben-okoro', 'cy-park']) {
      const html = page(build.outDir, `/authors/${author}/`);
      // Every card on the page: a kind the author wrote none of has no section at all.
      const listed = cardTargets(html.querySelector('main') ?? html);
      const wrote = [...entries]
        .filter(([, d]) => (d['authors'] as string[]).includes(author))
        .map(([key]) => `/${key}/`);
      expect(listed.sort(), author).toEqual(wrote.sort());
    }
  });

  it('name the skills the author’s personal lessons say they are developing', () => {
    expect(
      section(page(build.outDir, '/authors/ben-okoro/'), 'Skills in development').text,
    ).toContain('The habit of saying doubts aloud');
  });
});

describe('structured data', () => {
  it('parses as JSON-LD and matches what the page shows', () => {
    for (const url of ['/lessons/lesson-two/', '/patterns/alpha-pattern/', '/traps/first-trap/']) {
      const html = page(build.outDir, url);
      const data = JSON.parse(
        html.querySelector('script[type="application/ld+json"]')?.text ?? '{}',
      );
      expect(data['@type'], url).toBe(url.startsWith('/lessons/') ? 'Article' : 'CreativeWork');
      expect(data.headline).toBe(html.querySelector('h1')?.text);
      expect(data.url).toBe(`${SITE}${url}`);
      expect(data.datePublished).toBe(html.querySelector('.meta time')?.getAttribute('datetime'));
      expect(data.author.map((a: { name: string }) => a.name)).toEqual(
        html.querySelectorAll('.meta a[rel=author]').map((a) => a.text),
      );
      expect(data.author[0].sameAs[0]).toMatch(/^https:\/\/.+\.example\.org\/$/);
      expect(data.keywords.length).toBeGreaterThan(0);
    }
  });

  it('gives lessons and patterns Scholar tags and a citation to copy', () => {
    const html = page(build.outDir, '/lessons/lesson-two/');
    expect(
      html.querySelectorAll('meta[name=citation_author]').map((m) => m.getAttribute('content')),
    ).toEqual(['Ana López', 'Ben Okoro']);
    const cite = section(html, 'Cite this');
    expect(cite.querySelectorAll('pre')[0]?.text).toBe(
      `López, A., & Okoro, B. (2026). Lesson Two. Lesson Share (lesson). ${SITE}/lessons/lesson-two/`,
    );
    expect(cite.querySelectorAll('pre')[1]?.text).toMatch(
      /^@misc\{lopez2026lessontwo,[\s\S]*title = \{Lesson Two\}/,
    );
  });

  it('gives every page Open Graph and Twitter tags and a canonical URL', () => {
    for (const url of ['/', '/lessons/lesson-one/', '/authors/cy-park/', '/tags/retro/']) {
      const html = page(build.outDir, url);
      expect(
        html.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        url,
      ).toBeTruthy();
      expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
        `${SITE}${url}`,
      );
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}${url}`);
      expect(html.querySelector('meta[name="twitter:card"]')).not.toBeNull();
    }
  });
});

describe('feeds and discovery', () => {
  it('publish valid Atom feeds of new lessons, of patterns and traps, and per author, newest first', () => {
    const lessons = xml('feed.xml').feed.entry.map((e: { id: string }) => e.id);
    expect(lessons).toEqual([
      `${SITE}/lessons/lesson-four/`,
      `${SITE}/lessons/lesson-three/`,
      `${SITE}/lessons/lesson-two/`,
      `${SITE}/lessons/lesson-one/`,
    ]);
    const catalogue = xml('catalogue/feed.xml').feed.entry.map((e: { id: string }) => e.id);
    expect(catalogue[0]).toBe(`${SITE}/patterns/gamma-pattern/`);
    expect(catalogue).toHaveLength(5);
    const ben = xml('authors/ben-okoro/feed.xml').feed.entry.map((e: { id: string }) => e.id);
    expect(ben).toEqual([
      `${SITE}/lessons/lesson-two/`,
      `${SITE}/traps/second-trap/`,
      `${SITE}/patterns/beta-pattern/`,
    ]);
  });

  it('list every page but the 404 and the redirects in the sitemap, and only pages that exist', () => {
    const listed = sitemap().map((u) => u.loc);
    const pages = allPages(build.outDir).filter((url) => url !== '/404.html');
    // The fixture's second trap keeps a former slug: its page is a redirect, not a page of its own.
    expect(pages).toContain('/traps/second-pitfall/');
    const redirects = pages.filter(
      (url) => page(build.outDir, url).querySelector('meta[http-equiv="refresh"]') !== null,
    );
    expect(redirects).toEqual(['/traps/second-pitfall/']);
    expect(listed.sort()).toEqual(
      pages
        .filter((url) => !redirects.includes(url))
        .map((url) => `${SITE}${url}`)
        .sort(),
    );
    for (const loc of listed) {
      const url = loc.slice(SITE.length);
      expect(existsSync(join(build.outDir, url, 'index.html')), loc).toBe(true);
    }
    expect(listed).toContain(`${SITE}/search/`);
    expect(listed).toContain(`${SITE}/tags/retro/`);
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap.xml`,
    );
  });

  it('date every entry in the sitemap by the last commit to its file, or its own later date', () => {
    const urls = sitemap();
    for (const key of entries.keys()) {
      const file = readdirSync(join(FIXTURE, key.split('/')[0] ?? '')).find((name) =>
        name.startsWith(`${key.split('/')[1]}.`),
      );
      const path = relative(ROOT, join(FIXTURE, key.split('/')[0] ?? '', file ?? ''));
      const committed = execFileSync('git', ['log', '-1', '--format=%aI', '--', path], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim();
      const data = entries.get(key) ?? {};
      const own = String(data['updated'] ?? data['published']);
      const gitDay = committed ? new Date(committed).toISOString().slice(0, 10) : '';
      const expected = gitDay > own ? gitDay : own;
      expect(urls.find((u) => u.loc === `${SITE}/${key}/`)?.lastmod, key).toBe(expected);
    }
    // Pages that are not entries change with the library, not with one file: no date is better than a wrong one.
    expect(urls.find((u) => u.loc === `${SITE}/`)?.lastmod).toBeUndefined();
  });

  it('advertise the feed of monthly releases on the release pages', () => {
    for (const url of [
      '/digest/',
      ...allPages(build.outDir).filter((u) => /^\/digest\/\d{4}-\d{2}\/$/.test(u)),
    ]) {
      const alternates = page(build.outDir, url)
        .querySelectorAll('link[rel=alternate][type="application/atom+xml"]')
        .map((l) => l.getAttribute('href'));
      expect(alternates, url).toContain('/digest/feed.xml');
    }
    expect(
      page(build.outDir, '/lessons/')
        .querySelectorAll('link[rel=alternate]')
        .map((l) => l.getAttribute('href')),
    ).not.toContain('/digest/feed.xml');
  });

  it('export every entry as data that the schemas accept again', () => {
    const exported = JSON.parse(readFileSync(join(build.outDir, 'library.json'), 'utf8')) as {
      entries: { collection: CollectionName; id: string; url: string; data: unknown }[];
    };
    expect(
      exported.entries
        .filter((e) => e.collection !== 'authors' && e.collection !== 'tags')
        .map((e) => `${e.collection}/${e.id}`)
        .sort(),
    ).toEqual([...entries.keys()].sort());
    for (const e of exported.entries) {
      expect(schemas[e.collection].safeParse(e.data).success, `${e.collection}/${e.id}`).toBe(true);
      expect(e.url).toBe(`${SITE}/${e.collection}/${e.id}/`);
    }
  });
});

describe('the content licence', () => {
  const LICENCE = 'https://creativecommons.org/licenses/by-sa/4.0/';

  it('is named and linked in every page’s footer and beside every entry’s provenance', () => {
    for (const url of allPages(build.outDir).filter((u) => u !== '/traps/second-pitfall/')) {
      const footer = page(build.outDir, url).querySelector('.site-footer');
      expect(footer?.querySelector('a[rel=license]')?.getAttribute('href'), url).toBe(LICENCE);
      expect(footer?.text, url).toContain('CC BY-SA 4.0');
    }
    for (const key of entries.keys()) {
      const provenance = page(build.outDir, `/${key}/`).querySelector('.provenance');
      const link = provenance?.querySelector('a[rel=license]');
      expect(link?.getAttribute('href'), key).toBe(LICENCE);
      expect(link?.text, key).toBe('CC BY-SA 4.0');
    }
  });

  it('is carried by library.json, every feed and the entries’ structured data', () => {
    const exported = JSON.parse(readFileSync(join(build.outDir, 'library.json'), 'utf8')) as {
      license: unknown;
    };
    expect(exported.license).toEqual({ name: 'CC BY-SA 4.0', spdx: 'CC-BY-SA-4.0', url: LICENCE });
    for (const feed of [
      'feed.xml',
      'catalogue/feed.xml',
      'digest/feed.xml',
      'authors/ben-okoro/feed.xml',
    ]) {
      const rights = String(xml(feed).feed.rights);
      expect(rights, feed).toContain('CC BY-SA 4.0');
      expect(rights, feed).toContain(LICENCE);
    }
    for (const key of entries.keys()) {
      const jsonLd = page(build.outDir, `/${key}/`).querySelector(
        'script[type="application/ld+json"]',
      );
      expect((JSON.parse(jsonLd?.text ?? '{}') as { license?: string }).license, key).toBe(LICENCE);
    }
  });
});

describe('the edit link', () => {
  it('opens each entry’s own file in the repository’s editor on the published branch', () => {
    for (const key of entries.keys()) {
      const edit = page(build.outDir, `/${key}/`)
        .querySelectorAll('.provenance a')
        .find((a) => a.text === 'Edit this page');
      const [collection = '', id = ''] = key.split('/');
      const file = readdirSync(join(FIXTURE, collection)).find((n) => n.startsWith(`${id}.`));
      expect(edit?.getAttribute('href'), key).toBe(
        `https://github.com/example-community/lesson-share/edit/main/tests/fixtures/library/${collection}/${file}`,
      );
    }
  });
});

describe('sharing cards', () => {
  it('point og:image and twitter:image at an existing 1200×630 card for entries and authors', () => {
    for (const [url, card] of [
      ['/lessons/lesson-one/', '/og/lessons/lesson-one.png'],
      ['/patterns/beta-pattern/', '/og/patterns/beta-pattern.png'],
      ['/authors/cy-park/', '/og/authors/cy-park.png'],
    ] as const) {
      const html = page(build.outDir, url);
      expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content'), url).toBe(
        `${SITE}${card}`,
      );
      expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
      const png = readFileSync(join(build.outDir, card));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});
