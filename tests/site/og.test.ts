import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_KINDS } from '../../src/pipeline/og/model.ts';
import { siteSections } from '../../src/view/site-sections.ts';
import { site } from '../../site.config.ts';
import { digestCardUrl, ogImageUrl, pageCardUrl, tagCardUrl } from '../../src/view/urls.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { allPages, page } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
let build: BuildResult;

beforeAll(() => {
  build = buildSite(FIXTURE);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

/** The ids of a fixture collection, from its file names. */
const idsOf = (kind: string) =>
  readdirSync(join(FIXTURE, kind)).map((file) => basename(file).replace(/\.(mdx|ya?ml)$/, ''));

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR')
    return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('sharing cards', () => {
  const cards = () =>
    OG_KINDS.flatMap((kind) =>
      idsOf(kind).map((id) => ({
        url: ogImageUrl(kind, id),
        file: join(build.outDir, ogImageUrl(kind, id)),
      })),
    );

  it('exist for every pattern, trap, lesson, event and author of the library', () => {
    expect(cards()).toHaveLength(3 + 2 + 4 + 2 + 3);
    expect(
      cards()
        .filter(({ file }) => !existsSync(file))
        .map(({ url }) => url),
    ).toEqual([]);
  });

  it('are 1200×630 PNG images', () => {
    for (const { url, file } of cards())
      expect({ url, size: pngSize(readFileSync(file)) }).toEqual({
        url,
        size: { width: 1200, height: 630 },
      });
  });

  it('differ from one entry to the next', () => {
    const hashes = new Set(
      cards().map(({ file }) => createHash('sha256').update(readFileSync(file)).digest('hex')),
    );
    expect(hashes.size).toBe(cards().length);
  });
});

describe('every page', () => {
  /** Each built page a reader can share (not the 404, not a redirect), with its head's sharing card. */
  const shared = () =>
    allPages(build.outDir)
      .filter((url) => url !== '/404.html')
      .map((url) => ({ url, head: page(build.outDir, url).querySelector('head')! }))
      .filter(({ head }) => !head.querySelector('meta[http-equiv="refresh"]'))
      .map(({ url, head }) => ({
        url,
        image: head.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        twitter: head.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      }));
  /** The path of an og:image URL, as `pageCardUrl()` and friends print it (the fixture has no base path). */
  const cardOf = (url: string) => {
    const image = shared().find((p) => p.url === url)?.image;
    return image && new URL(image).pathname;
  };

  it('has a sharing card, a 1200×630 PNG in the build, shown large', () => {
    const pages = shared();
    // Every page type is there: home, entries, authors, lists, tags, digests and the tools.
    const urls = pages.map(({ url }) => url);
    for (const url of ['/', '/events/big-launch/', '/authors/ana-lopez/', '/tags/retro/'])
      expect(urls).toContain(url);
    for (const id of Object.keys(siteSections(site))) expect(urls).toContain(`/${id}/`);
    expect(urls.filter((url) => url.startsWith('/digest/20')).length).toBeGreaterThan(0);
    const wrong = pages.flatMap(({ url, image, twitter }) => {
      if (!image) return [`${url}: no og:image`];
      const file = join(build.outDir, new URL(image).pathname);
      if (!existsSync(file)) return [`${url}: ${image} not built`];
      const size = pngSize(readFileSync(file));
      if (size?.width !== 1200 || size.height !== 630)
        return [`${url}: ${image} is ${JSON.stringify(size)}`];
      return twitter === 'summary_large_image' ? [] : [`${url}: twitter:card ${twitter}`];
    });
    expect(wrong).toEqual([]);
  });

  it('shares the card of what it is: the site, a section, a tag, a month, an entry', () => {
    const tag = 'retro';
    const month = allPages(build.outDir)
      .find((url) => /^\/digest\/\d{4}-\d{2}\/$/.test(url))
      ?.slice(8, 15);
    expect({
      home: cardOf('/'),
      patterns: cardOf('/patterns/'),
      health: cardOf('/health/'),
      search: cardOf('/search/'),
      tag: cardOf(`/tags/${tag}/`),
      digest: cardOf(`/digest/${month}/`),
      event: cardOf('/events/big-launch/'),
    }).toEqual({
      home: pageCardUrl('site'),
      patterns: pageCardUrl('patterns'),
      health: pageCardUrl('health'),
      search: pageCardUrl('search'),
      tag: tagCardUrl(tag),
      digest: digestCardUrl(month!),
      event: ogImageUrl('events', 'big-launch'),
    });
  });

  it('draws one card per section, tag and month, not one per page of a list', () => {
    const drawn = readdirSync(join(build.outDir, 'og/page'));
    const tags = drawn.filter((f) => f.startsWith('tag-'));
    const months = drawn.filter((f) => f.startsWith('digest-'));
    expect(tags.length).toBeGreaterThan(0);
    expect(months.length).toBeGreaterThan(0);
    expect(drawn.length).toBe(
      1 + Object.keys(siteSections(site)).length + tags.length + months.length,
    );
  });
});
