import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';
import { cardTargets, page, section } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const SITE = 'https://lesson-share.example.org';
const entries = readFrontmatter(FIXTURE);
let build: BuildResult;

beforeAll(() => {
  build = buildSite(FIXTURE);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

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
      const listed = [
        'Lessons written',
        'Patterns authored',
        'Decision traps authored',
        'Events analysed',
      ].flatMap((t) => cardTargets(section(html, t)));
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

  it('list every entry in the sitemap with the date it last changed, and point robots at it', () => {
    const urls: { loc: string; lastmod?: string }[] = xml('sitemap.xml').urlset.url;
    const lesson = urls.find((u) => u.loc === `${SITE}/lessons/lesson-one/`);
    expect(lesson?.lastmod).toBe('2026-03-01');
    for (const key of entries.keys())
      expect(
        urls.some((u) => u.loc === `${SITE}/${key}/`),
        key,
      ).toBe(true);
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap.xml`,
    );
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
