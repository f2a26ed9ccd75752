import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/runner/run.ts';
import { toFacts } from '../../src/page-data/facts.ts';
import type { Library } from '../../src/pipeline/load-library.ts';
import { cardModelsOf } from '../../src/pipeline/og/early-cards.ts';
import { OG_KINDS } from '../../src/pipeline/og/model.ts';
import { pageCards } from '../../src/pipeline/og/page-cards.ts';
import { ROOT } from '../helpers/build.ts';
import { libraryFrom } from '../helpers/library.ts';
import { clip, contributions, joinNames, MAX_TITLE } from '../../src/pipeline/og/model.ts';
import { THEME } from '../../src/pipeline/og/template.ts';
import {
  cacheFile,
  cacheKey,
  cardImage,
  cardModel,
  modelFor,
  ogImageUrl,
  renderCard,
  warmCards,
  type CardModel,
} from '../../src/pipeline/og/index.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const lesson = (title: string): CardModel =>
  cardModel(
    { kind: 'lessons', title, authors: ['Ana López', 'Ben Okoro'], qualifier: 'Avoidable' },
    'Lesson Share',
    'https://lessons.example.org',
  );

/** A render function that counts its calls, so a test can tell a cache hit from a redraw. */
function countingRender() {
  const calls: string[] = [];
  return {
    calls,
    render: async (model: CardModel) => (calls.push(model.title), renderCard(model)),
  };
}

describe('card model', () => {
  it('labels an entry with its kind and qualifier and lists its authors', () => {
    expect(lesson('Launch day')).toEqual({
      kind: 'lessons',
      label: 'Lesson',
      qualifier: 'Avoidable',
      title: 'Launch day',
      byline: 'by Ana López and Ben Okoro',
      library: 'Lesson Share',
      host: 'lessons.example.org',
    });
    expect(
      cardModel({ kind: 'traps', title: 'Sunk cost', authors: ['Cy'], qualifier: 'Cognitive bias' })
        .label,
    ).toBe('Decision trap');
  });

  it('shows an author by name with their role and contributions', () => {
    const model = cardModel({
      kind: 'authors',
      name: 'Ana López',
      role: 'Product manager',
      qualifier: contributions({ lessons: 3, patterns: 1, traps: 0 }),
    });
    expect(model).toMatchObject({
      label: 'Author',
      title: 'Ana López',
      byline: 'Product manager',
      qualifier: '3 lessons · 1 pattern',
    });
  });

  it('counts the events an author analysed among their contributions', () => {
    // Just what modelFor reads of the library: the author and what names them.
    const library = {
      get: { authors: () => ({ data: { name: 'Ana López', role: 'Product manager' } }) },
      graph: {
        byAuthor: () => ({ patterns: ['p'], traps: [], lessons: ['a', 'b'], events: ['e', 'f'] }),
      },
    } as unknown as Library;
    expect(modelFor(library, 'authors', 'ana-lopez').qualifier).toBe(
      '2 lessons · 1 pattern · 2 events',
    );
    expect(contributions({ events: 1 })).toBe('1 event');
  });

  it('shows a page that is not an entry with its own badge, in its collection’s colour', () => {
    const model = cardModel({
      kind: 'page',
      tint: 'events',
      label: 'Events',
      qualifier: '2 entries',
      title: 'The shared failures the library’s lessons come from.',
    });
    expect(model).toMatchObject({
      kind: 'events',
      label: 'Events',
      byline: '',
      qualifier: '2 entries',
    });
    expect(cardModel({ kind: 'page', label: 'Tag', title: '#retro' }).kind).toBe('page');
  });

  it('colours each kind as the site’s badges do, an author as on their page', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const light = (name: string) =>
      css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]+)`))?.[1];
    expect(THEME.kinds).toEqual({
      patterns: light('pattern'),
      traps: light('trap'),
      lessons: light('lesson'),
      events: light('event'),
      // The author page's badge is `badge--lessons`.
      authors: light('lesson'),
    });
    expect(readFileSync('src/pages/authors/[id].astro', 'utf8')).toContain('badge badge--lessons');
  });

  it('names at most three authors and counts the rest', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and 1 other');
    expect(joinNames(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others');
  });

  it('cuts an overlong title at a word and marks the cut', () => {
    const title = clip('word '.repeat(100), MAX_TITLE);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toMatch(/ word…$/);
    expect(clip('  Short   title ', MAX_TITLE)).toBe('Short title');
  });

  it('links a card by kind and id', () => {
    expect(ogImageUrl('lessons', 'launch-day')).toBe('/og/lessons/launch-day.png');
    expect(ogImageUrl('events', 'big-launch')).toBe('/og/events/big-launch.png');
  });
});

describe('card image', () => {
  it('is a 1200×630 PNG, different for different entries', async () => {
    const [one, two] = await Promise.all([
      renderCard(lesson('Launch day')),
      renderCard(lesson('The migration that was never tested')),
    ]);
    expect(pngSize(one)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(two)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(one, two)).not.toBe(0);
  });

  it('draws an author, and a title too long for four lines, at the same size', async () => {
    const author = cardModel({
      kind: 'authors',
      name: 'Zoë Nguyễn-Łukasiewicz',
      role: 'Staff engineer',
    });
    const long = lesson('A very long title that goes on and on '.repeat(8));
    for (const png of await Promise.all([renderCard(author), renderCard(long)]))
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('card cache', () => {
  it('reads an unchanged card from the cache instead of drawing it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const { calls, render } = countingRender();
    const model = lesson('Launch day');
    const first = await cardImage(model, { dir, render });
    const { mtimeMs } = statSync(cacheFile(model, dir));
    const second = await cardImage(structuredClone(model), { dir, render });
    expect(calls).toEqual(['Launch day']);
    expect(statSync(cacheFile(model, dir)).mtimeMs).toBe(mtimeMs);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('draws a new card when the title changes, keeping the old one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const { calls, render } = countingRender();
    await cardImage(lesson('Launch day'), { dir, render });
    await cardImage(lesson('Launch day, revisited'), { dir, render });
    expect(calls).toEqual(['Launch day', 'Launch day, revisited']);
    expect(cacheKey(lesson('Launch day'))).not.toBe(cacheKey(lesson('Launch day, revisited')));
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });

  it('keys on every printed field, not only the title', () => {
    const base = lesson('Launch day');
    expect(cacheKey({ ...base, qualifier: 'Inherent' })).not.toBe(cacheKey(base));
    expect(cacheKey({ ...base, byline: 'by Ana López' })).not.toBe(cacheKey(base));
    expect(cacheKey({ ...base })).toBe(cacheKey(base));
  });

  it('draws queued cards on worker threads, and draws here the one no worker has taken yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const models = ['Pool one', 'Pool two', 'Pool three'].map(lesson);
    expect(warmCards(models, { dir, size: 2, inFlight: 1 })).toBe(3);
    // Already queued or drawn: asking again queues nothing twice.
    expect(warmCards(models, { dir, size: 2 })).toBe(0);
    const { calls, render } = countingRender();
    const pngs = await Promise.all(models.map((model) => cardImage(model, { dir, render })));
    // Two workers take the first two at once; the third is still queued when it is asked for.
    expect(calls).toEqual(['Pool three']);
    for (const png of pngs) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('cards drawn ahead of the pages', () => {
  it('are the cards the routes ask for: every entry, author, section, tag and release of the starting library', async () => {
    const { library: checked } = await runCheck({
      contentDir: join(ROOT, 'content'),
      root: ROOT,
      cache: false,
    });
    const early = cardModelsOf(checked, 'lessons.example.org');
    // What the routes compute, from the library as the content store holds it (each frontmatter parsed by its schema).
    const library = await libraryFrom(
      checked.entries.map(({ collection, id, source, path }) => ({
        collection,
        id,
        frontmatter: (path.length
          ? (source.data as Record<string, unknown>)[id]
          : source.data) as Record<string, unknown>,
        metadata: { knownUses: checked.bodies.get(source.file)?.knownUses },
      })),
    );
    const routes = [
      ...OG_KINDS.flatMap((kind) => library[kind].map(({ id }) => modelFor(library, kind, id))),
      ...pageCards(library, toFacts(library)).map(({ model }) => model),
    ].map((model) => ({ ...model, host: 'lessons.example.org' }));
    expect(routes.length).toBeGreaterThan(100);
    expect(early.map(cacheKey)).toEqual(routes.map(cacheKey));
  });

  it('are waited for by the build whichever copy of the pool handed them out', async () => {
    // The integration's copy of pool.ts starts the workers; the one Vite bundles for the pages may queue more.
    // A query makes another module instance, as the integration's and the bundle's are.
    type Pool = typeof import('../../src/pipeline/og/pool.ts');
    const copy = (name: string) =>
      import(
        /* @vite-ignore */ new URL(`../../src/pipeline/og/pool.ts?${name}`, import.meta.url).href
      ) as Promise<Pool>;
    const [integration, bundled] = [await copy('integration'), await copy('bundled')];
    const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const [first, second] = [['Copy one', 'Copy two'].map(lesson), ['Copy three'].map(lesson)];
    expect(integration.warmCards(first, { dir, size: 1 })).toBe(2);
    expect(bundled.warmCards(second, { dir, size: 1 })).toBe(1);
    const { calls, render } = countingRender();
    await Promise.all([...first, ...second].map((model) => cardImage(model, { dir, render })));
    expect(calls).toEqual([]);
  });

  it('are drawn by workers holding many cards at once, none left for the build to draw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
    const models = ['Held one', 'Held two', 'Held three', 'Held four', 'Held five'].map(lesson);
    expect(warmCards(models, { dir, size: 2 })).toBe(5);
    const { calls, render } = countingRender();
    await Promise.all(models.map((model) => cardImage(model, { dir, render })));
    expect(calls).toEqual([]);
    expect(readdirSync(dir).filter((file) => file.endsWith('.png'))).toHaveLength(5);
  });
});
