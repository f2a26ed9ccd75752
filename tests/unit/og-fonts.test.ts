import { readFileSync } from 'node:fs';
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { fontace } from 'fontace';
import { describe, expect, it } from 'vitest';
import { FAST_RANGES, planCardFonts, withCardFonts } from '../../src/pipeline/og/card-fonts.ts';
import {
  FALLBACKS,
  inRanges,
  parseUnicodeRange,
  subsetsOf,
} from '../../src/pipeline/og/fallback-fonts.ts';
import { baseFaces, BASE_WEIGHTS, cardFonts, FAMILIES } from '../../src/pipeline/og/fonts.ts';
import { cardModel, renderCard, type CardModel } from '../../src/pipeline/og/index.ts';
import { CARD_SIZE, cardElement } from '../../src/pipeline/og/template.ts';

const lesson = (title: string, authors: string[] = ['Ana López']): CardModel =>
  cardModel(
    { kind: 'lessons', title, authors, qualifier: 'Avoidable' },
    'Lesson Share',
    'https://lessons.example.org',
  );
const author = (name: string, summary: string): CardModel =>
  cardModel(
    { kind: 'authors', name, role: 'Integration engineer', summary, qualifier: '2 lessons' },
    'Lesson Share',
    'https://lessons.example.org',
  );

/** A font file's code points, read straight from its cmap: the test's own reading, not the module's memo. */
const cmap = (data: Buffer) => parseUnicodeRange(fontace(data).unicodeRange);
const has = (data: Buffer, cp: number) => inRanges(cmap(data), cp);
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SERIF_FIELDS = new Set(['title', 'library']);
const FIELDS = ['title', 'library', 'label', 'qualifier', 'byline', 'summary', 'host'] as const;

/**
 * The characters of a planned card that no font it draws with has a glyph for: each must be in the cmap of its
 * stack's own faces at every weight the template uses, or in the cmap (and declared range) of a planned subset.
 */
async function missingGlyphs(model: CardModel): Promise<string[]> {
  const plan = await planCardFonts(model);
  const subsets = plan.subsets.map((s) => ({ ranges: s.ranges, data: readFileSync(s.path) }));
  const missing: string[] = [];
  for (const field of FIELDS) {
    const role = SERIF_FIELDS.has(field) ? 'serif' : 'sans';
    for (const char of plan.model[field] ?? '') {
      const cp = char.codePointAt(0) ?? 0;
      const inBase = BASE_WEIGHTS[role].every((weight) =>
        baseFaces(role, weight).some((face) => has(face.data, cp)),
      );
      const inFallback = subsets.some((s) => inRanges(s.ranges, cp) && has(s.data, cp));
      if (!IGNORABLE.test(char) && !inBase && !inFallback) missing.push(`${field}: ${char}`);
    }
  }
  return missing;
}

// The tester's library (/work/otherlib) and the scripts the cards promise to draw.
const CARDS = {
  'a Chinese author': author('王芳', '王芳 (Wang Fang) looks after the interface engine.'),
  'a Chinese lesson': lesson('接口队列里的四百一十二份化验结果', ['王芳']),
  'an emoji title': lesson('"It\'s Only a Config Change" & Other Famous Last Words 🙃'),
  'an Arabic name': author('علي حسن', 'يكتب عن الشبكات'),
  'a Hebrew name': author('אבי כהן', 'Network engineer'),
  'a Devanagari title': lesson('नेटवर्क की विफलता से सीख', ['अमित शर्मा']),
  'a Thai title': lesson('บทเรียนจากระบบล่ม', ['สมชาย ใจดี']),
  'a Japanese title': lesson('山田太郎のレッスン', ['山田太郎']),
  'a Korean name': author('김민준', '네트워크 엔지니어'),
  'a traditional Chinese title': lesson('臺灣醫院的資訊系統', ['陳怡君']),
  'an emoji sequence': lesson('Pair debugging 👩‍💻 ❤️ 👍🏽'),
};

describe('card fonts', () => {
  it('draw a card in a Latin script with the card’s own fonts only, reading no other font', async () => {
    const model = lesson('Şükrü’s “Config Change” — Ólafur Þórsson & Zoë… 96% · €5', [
      'José Ñúñez',
    ]);
    const plan = await planCardFonts(model);
    expect(plan.model).toBe(model);
    expect(plan.subsets).toEqual([]);
    expect(plan.families).toBe(FAMILIES);
  });

  it('have every character of that fast path in both stacks at every weight', () => {
    // planCardFonts skips the cmaps for these: the fonts must really have them, or a Latin card would show a box.
    for (const role of ['serif', 'sans'] as const)
      for (const weight of BASE_WEIGHTS[role]) {
        const faces = baseFaces(role, weight).map((face) => cmap(face.data));
        const lacking = FAST_RANGES.flatMap(([first = 0, last = 0]) =>
          Array.from({ length: last - first + 1 }, (_, i) => first + i),
        )
          .filter((cp) => !faces.some((ranges) => inRanges(ranges, cp)))
          .map((cp) => cp.toString(16));
        expect({ role, weight, lacking }).toEqual({ role, weight, lacking: [] });
      }
  });

  it('read one weight of each stack for what it covers, since every weight has the same characters', () => {
    for (const role of ['serif', 'sans'] as const) {
      const [first = [], ...others] = BASE_WEIGHTS[role].map((weight) =>
        baseFaces(role, weight).map((face) => fontace(face.data).unicodeRange),
      );
      for (const faces of others) expect(faces).toEqual(first);
    }
  });

  it.each(Object.entries(CARDS))('draw %s with a font that has each glyph', async (_, model) => {
    const plan = await planCardFonts(model);
    expect(plan.model).toEqual(model);
    expect(plan.subsets.length).toBeGreaterThan(0);
    expect(await missingGlyphs(model)).toEqual([]);
  });

  it('take Han in the forms of the language around it', async () => {
    const familyOf = async (model: CardModel, char: string) =>
      (await planCardFonts(model)).subsets.find((s) => inRanges(s.ranges, char.codePointAt(0) ?? 0))
        ?.family.name;
    expect(await familyOf(lesson('化验结果'), '化')).toBe('Noto Sans SC');
    expect(await familyOf(lesson('化学のレッスン'), '化')).toBe('Noto Sans JP');
    expect(await familyOf(lesson('화학 化學'), '化')).toBe('Noto Sans KR');
  });

  it('leave out a character no font has, never drawing a box', async () => {
    // Linear B and a private-use character: no font of the card covers either.
    const model = lesson('Queue 𐀀 heartbeat \uE000', ['王芳 𐀁']);
    const plan = await planCardFonts(model);
    expect(plan.model.title).toBe('Queue heartbeat');
    expect(plan.model.byline).toBe('by 王芳');
    expect(await missingGlyphs(model)).toEqual([]);
    // The model itself, which the page and the cache key read, keeps them.
    expect(model.title).toBe('Queue 𐀀 heartbeat \uE000');
  });

  it('name every fallback package, each with a unicode range per file that exists', () => {
    for (const family of FALLBACKS) {
      const subsets = subsetsOf(family);
      expect(subsets.length).toBeGreaterThan(0);
      for (const subset of subsets) expect(readFileSync(subset.path).length).toBeGreaterThan(0);
    }
  });
});

/** A card drawn as before fallbacks existed: the card's own fonts only, so any other script is a row of boxes. */
async function renderWithoutFallbacks(model: CardModel): Promise<Buffer> {
  const renderer = new Renderer();
  for (const font of cardFonts().fonts) await renderer.registerFont(font);
  const { node } = await fromJsx(cardElement(model));
  return renderer.render(node, { ...CARD_SIZE, format: 'png' });
}

describe('cards in other scripts', () => {
  // Two titles with the same characters in another order: as boxes they draw the same image, as glyphs they differ.
  const pairs = [
    ['王芳', '芳王'],
    ['علي حسن', 'حسن علي'],
    ['Famous Last Words 🙃😀', 'Famous Last Words 😀🙃'],
    ['山田のレッスン', 'レッスンの山田'],
  ];

  it.each(pairs)('draw glyphs, not boxes: “%s” and “%s” differ', async (one, other) => {
    const [a, b] = await Promise.all([renderCard(lesson(one)), renderCard(lesson(other))]);
    expect(a.equals(b)).toBe(false);
  });

  it('would fail on boxes: without fallbacks the same titles draw the same image', async () => {
    for (const [one = '', other = ''] of pairs) {
      const [a, b] = await Promise.all([
        renderWithoutFallbacks(lesson(one)),
        renderWithoutFallbacks(lesson(other)),
      ]);
      expect({ one, same: a.equals(b) }).toEqual({ one, same: true });
    }
  });

  it('reads Arabic and Hebrew right to left within an English byline', async () => {
    const renderer = new Renderer();
    for (const font of cardFonts().fonts) await renderer.registerFont(font);
    const model = lesson('Network outage', ['علي حسن', 'אבי כהן']);
    const card = await withCardFonts(renderer, model);
    const { node } = await fromJsx(cardElement(card.model, card.families));
    const runs: { text: string; x: number }[] = [];
    const walk = (measured: Awaited<ReturnType<Renderer['measure']>>) => {
      runs.push(...measured.runs);
      measured.children.forEach(walk);
    };
    walk(await renderer.measure(node, CARD_SIZE));
    const x = (word: string) => runs.find((run) => run.text.includes(word))?.x ?? NaN;
    // The first word of each name is drawn to the right of the second; the names keep their English order.
    expect(x('علي')).toBeGreaterThan(x('حسن'));
    expect(x('אבי')).toBeGreaterThan(x('כהן'));
    expect(x('and')).toBeGreaterThan(x('علي'));
    expect(x('כהן')).toBeGreaterThan(x('and'));
  });
});
