import { readFileSync } from 'node:fs';
import {
  fallbackOrder,
  inRanges,
  parseUnicodeRange,
  subsetsOf,
  type FallbackFamily,
  type Range,
  type Subset,
} from './fallback-fonts.ts';
import { baseFaces, FAMILIES, type Font, type Role } from './fonts.ts';
import type { CardModel } from './model.ts';

/**
 * Printable ASCII, Latin-1, Latin Extended-A (less six letters Source Serif lacks: Ĭ ĭ Ĳ ĳ Ŧ ŧ) and the typographic
 * punctuation the site writes (– — ‘ ’ “ ” • … €): both stacks draw every one of them at every weight (tested against
 * the fonts' cmaps), so a card whose text is all of these is drawn as before, without reading any font.
 */
export const FAST_RANGES: readonly Range[] = [
  [0x20, 0x7e],
  [0xa0, 0x12b],
  [0x12e, 0x131],
  [0x134, 0x165],
  [0x168, 0x17f],
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];
const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const FAST = new RegExp(
  `^[${FAST_RANGES.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]*$`,
  'u',
);
/** Joiners, variation selectors, direction marks: shapers draw them as nothing, never as a box. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Which stack draws which field: the template sets the title and the library's name in the serif. */
const ROLES: Record<
  'title' | 'library' | 'label' | 'qualifier' | 'byline' | 'summary' | 'host',
  Role
> = {
  title: 'serif',
  library: 'serif',
  label: 'sans',
  qualifier: 'sans',
  byline: 'sans',
  summary: 'sans',
  host: 'sans',
};

/** A card ready to draw: its text cut to what some font draws, the stacks that draw it and the files they need. */
export interface CardFonts {
  /** The model with every character no font covers taken out (the page itself keeps them). */
  model: CardModel;
  /** The template's `font-family` stacks: the card's own fonts, then the fallbacks this card needs. */
  families: { serif: string; sans: string };
  /** The fallback subset files this card needs, to register before drawing. */
  subsets: Subset[];
}

const glyphs = new Map<string, Set<number>>();
let fontace: typeof import('fontace').fontace | undefined;

/** Loads the cmap reader, only once a card needs it: a Latin library never loads it. */
async function cmapReader(): Promise<void> {
  fontace ??= (await import('fontace')).fontace;
}

/** The code points a font file has a glyph for, from its cmap (fontace), read once per file and thread. */
function glyphsOf(key: string, data: () => Buffer): Set<number> {
  let set = glyphs.get(key);
  if (!set) {
    if (!fontace) throw new Error('glyphsOf() before cmapReader()');
    set = new Set();
    for (const [first, last] of parseUnicodeRange(fontace(data()).unicodeRange))
      for (let cp = first; cp <= last; cp++) set.add(cp);
    glyphs.set(key, set);
  }
  return set;
}

const faceGlyphs = (font: Font) => glyphsOf(`${font.name} ${font.weight}`, () => font.data);

const base = new Map<Role, (cp: number) => boolean>();

/** Whether a stack's own fonts draw a code point (every weight of a stack has the same cmap: tested, so one is read). */
function baseCovers(role: Role, cp: number): boolean {
  let covers = base.get(role);
  if (!covers) {
    const faces = baseFaces(role).map(faceGlyphs);
    covers = (point) => faces.some((set) => set.has(point));
    base.set(role, covers);
  }
  return covers(cp);
}

const found = new Map<string, Subset | null>();

/** The first subset file, in the card's order of families, whose cmap has the code point. */
function fallbackFor(cp: number, order: readonly FallbackFamily[]): Subset | undefined {
  const key = `${cp} ${order.map((family) => family.name).join(',')}`;
  if (!found.has(key)) {
    const subset = order
      .flatMap((family) => subsetsOf(family))
      .find(
        (candidate) =>
          inRanges(candidate.ranges, cp) &&
          glyphsOf(candidate.path, () => readFileSync(candidate.path)).has(cp),
      );
    found.set(key, subset ?? null);
  }
  return found.get(key) ?? undefined;
}

const stack = (role: Role, extra: readonly string[]) =>
  [FAMILIES[role], ...extra.map((name) => `'${name}'`)].join(', ');

/** The fields of a model that are printed, with the text of each. */
const printed = (model: CardModel) =>
  (Object.keys(ROLES) as (keyof typeof ROLES)[]).filter(
    (field) => typeof model[field] === 'string' && model[field] !== '',
  );

/**
 * What a card needs to draw its text with no box: a card in a Latin script is returned as it is, without reading
 * any font; otherwise each character not in the card's own fonts takes the first fallback that has it, or is left out.
 */
export async function planCardFonts(model: CardModel): Promise<CardFonts> {
  const fields = printed(model);
  const text = fields.map((field) => model[field]).join('\n');
  if (FAST.test(text.replaceAll('\n', ' '))) return { model, families: FAMILIES, subsets: [] };
  await cmapReader();
  const order = fallbackOrder(text);
  const needed = new Set<Subset>();
  const fitted: CardModel = { ...model };
  for (const field of fields) {
    const value = model[field] ?? '';
    let kept = '';
    for (const char of value) {
      const cp = char.codePointAt(0) ?? 0;
      const drawn = IGNORABLE.test(char) || baseCovers(ROLES[field], cp);
      const subset = drawn ? undefined : fallbackFor(cp, order);
      if (subset) needed.add(subset);
      if (drawn || subset) kept += char;
    }
    // A left-out character leaves no doubled or trailing space behind.
    if (kept !== value) fitted[field] = kept.replace(/\s+/g, ' ').trim();
  }
  const names = order.filter((family) => [...needed].some((s) => s.family === family));
  const extra = names.map((family) => family.name);
  return {
    model: fitted,
    families: { serif: stack('serif', extra), sans: stack('sans', extra) },
    subsets: [...needed],
  };
}

/** What the renderer's registerFont takes; the type is structural so this module needs no import of the renderer. */
interface FontRegistry {
  registerFont(font: Font): Promise<unknown>;
}

const registered = new WeakMap<FontRegistry, Map<string, Promise<unknown>>>();

/** Registers the fallback files a card needs that this renderer does not have yet, each once, then plans the card. */
export async function withCardFonts(renderer: FontRegistry, model: CardModel): Promise<CardFonts> {
  const plan = await planCardFonts(model);
  if (plan.subsets.length === 0) return plan;
  let done = registered.get(renderer);
  if (!done) registered.set(renderer, (done = new Map()));
  const pending: Promise<unknown>[] = [];
  for (const subset of plan.subsets) {
    let registering = done.get(subset.path);
    if (!registering) {
      // Under the family's name with its declared ranges: the renderer then takes each code point from its own slice.
      registering = renderer.registerFont({
        name: subset.family.name,
        data: readFileSync(subset.path),
        style: 'normal',
        unicodeRange: subset.ranges,
      });
      done.set(subset.path, registering);
    }
    pending.push(registering);
  }
  await Promise.all(pending);
  return plan;
}
