import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** A script the card's own fonts lack, and the fontsource package that draws it. */
export interface FallbackFamily {
  /** The family name the card's font stacks use. */
  name: string;
  /** The npm package holding the font's files and their unicode ranges (`unicode.json`). */
  package: string;
  /** The file of one subset, e.g. `noto-sans-sc-116-wght-normal.woff2`. */
  file: (subset: string) => string;
}

const variable = (name: string, slug: string): FallbackFamily => ({
  name,
  package: `@fontsource-variable/${slug}`,
  // One variable file per subset serves every weight the template uses (400 to 700).
  file: (subset) => `${slug}-${subset}-wght-normal.woff2`,
});

/** Han, kana and hangul: one family per written form, ordered per card by {@link fallbackOrder}. */
export const CJK = {
  sc: variable('Noto Sans SC', 'noto-sans-sc'),
  tc: variable('Noto Sans TC', 'noto-sans-tc'),
  jp: variable('Noto Sans JP', 'noto-sans-jp'),
  kr: variable('Noto Sans KR', 'noto-sans-kr'),
} as const;

/** Scripts with no overlap with one another, tried before CJK (whose fonts also carry some of their punctuation). */
const SCRIPTS: readonly FallbackFamily[] = [
  variable('Noto Sans Arabic', 'noto-sans-arabic'),
  variable('Noto Sans Hebrew', 'noto-sans-hebrew'),
  variable('Noto Sans Devanagari', 'noto-sans-devanagari'),
  variable('Noto Sans Thai', 'noto-sans-thai'),
];

/** Emoji, last: monochrome, since takumi draws neither COLRv1 nor SVG glyphs (docs/sharing-cards.md). */
export const EMOJI: FallbackFamily = {
  name: 'Noto Emoji',
  package: '@fontsource/noto-emoji',
  file: (subset) => `noto-emoji-${subset}-400-normal.woff2`,
};

/** Every fallback family, for the cache fingerprint and the tests. */
export const FALLBACKS: readonly FallbackFamily[] = [...SCRIPTS, ...Object.values(CJK), EMOJI];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The fallback families in the order a card's text wants them: a Han character takes the forms of the language
 * around it, Japanese when the text has kana, Korean when it has hangul, otherwise Chinese (simplified first).
 */
export function fallbackOrder(text: string): readonly FallbackFamily[] {
  const cjk = KANA.test(text)
    ? [CJK.jp, CJK.sc, CJK.tc, CJK.kr]
    : HANGUL.test(text)
      ? [CJK.kr, CJK.sc, CJK.tc, CJK.jp]
      : [CJK.sc, CJK.tc, CJK.jp, CJK.kr];
  return [...SCRIPTS, ...cjk, EMOJI];
}

/** A `[first, last]` code point range, inclusive. */
export type Range = [number, number];

/** Parses a CSS unicode-range (`U+0-FF, U+131`; commas with or without spaces) into ranges. */
export function parseUnicodeRange(css: string): Range[] {
  return css
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [first = '', last = first] = part.split('-');
      return [parseInt(first, 16), parseInt(last, 16)];
    });
}

/** Whether a sorted or unsorted list of ranges holds the code point. */
export const inRanges = (ranges: readonly Range[], cp: number) =>
  ranges.some(([first, last]) => cp >= first && cp <= last);

/** One file of a fallback family, with the code points its unicode-range declares. */
export interface Subset {
  family: FallbackFamily;
  path: string;
  file: string;
  ranges: Range[];
}

export function packageDir(name: string): string {
  // Resolved from the project, not from this module: once bundled by the build, this module lives in dist/.
  const require = createRequire(resolve('package.json'));
  return dirname(require.resolve(`${name}/package.json`));
}

const subsets = new Map<FallbackFamily, Subset[]>();

/** A family's subset files and their declared ranges, read once per thread from the package's `unicode.json`. */
export function subsetsOf(family: FallbackFamily): Subset[] {
  let list = subsets.get(family);
  if (!list) {
    const dir = packageDir(family.package);
    const declared = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    list = Object.entries(declared).map(([key, css]) => {
      // Numbered slices are keyed `[116]`, named ones `arabic`.
      const file = family.file(key.replace(/^\[(\d+)\]$/, '$1'));
      return { family, file, path: join(dir, 'files', file), ranges: parseUnicodeRange(css) };
    });
    subsets.set(family, list);
  }
  return list;
}

/** The fallback packages and their versions: a font update redraws the cards that use it, without hashing 25 MB of fonts. */
export function fallbackFingerprint(): string {
  return FALLBACKS.map((family) => {
    const { version } = JSON.parse(
      readFileSync(join(packageDir(family.package), 'package.json'), 'utf8'),
    ) as { version: string };
    return `${family.package}@${version}`;
  }).join(',');
}
