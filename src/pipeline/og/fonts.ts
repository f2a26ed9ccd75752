import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackFingerprint, packageDir } from './fallback-fonts.ts';

const NAMES = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;
const PACKAGES = {
  serif: '@fontsource/source-serif-4',
  sans: '@fontsource/source-sans-3',
} as const;
// Only the weights the template uses: every face is parsed once per thread.
const WEIGHTS = { serif: [600, 700], sans: [400, 600] } as const;
// Latin first: the renderer takes a glyph from the first family in the list that has it; the rest cover names in other scripts.
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'] as const;

// One face per family name and weight, so each subset file needs a family name of its own to be a fallback.
const familyName = (role: 'serif' | 'sans', subset: string) => `${NAMES[role]} ${subset}`;

/** The card's two font stacks, as CSS `font-family`: a serif for the title like the site's headings, a sans for the rest. */
export const FAMILIES = {
  serif: SUBSETS.map((subset) => `'${familyName('serif', subset)}'`).join(', '),
  sans: SUBSETS.map((subset) => `'${familyName('sans', subset)}'`).join(', '),
} as const;

/** One face, as the renderer registers it. */
export interface Font {
  name: string;
  data: Buffer;
  weight?: number;
  style: 'normal';
  /** The code points this face serves; a fallback subset registered under its family's name needs them. */
  unicodeRange?: [number, number][];
}

/** Which of the card's two stacks a text is drawn with. */
export type Role = keyof typeof NAMES;

/** One font file the card uses, as the renderer wants it plus where it came from. */
export interface FontFile {
  /** The file's name, e.g. `source-serif-4-latin-600-normal.woff`. */
  file: string;
  font: Font;
}

/** Every font file the card uses (WOFF), read from the registry packages. */
function readFonts(): FontFile[] {
  const files: FontFile[] = [];
  for (const role of ['serif', 'sans'] as const) {
    const dir = join(packageDir(PACKAGES[role]), 'files');
    const slug = PACKAGES[role].split('/')[1];
    for (const weight of WEIGHTS[role]) {
      for (const subset of SUBSETS) {
        const file = `${slug}-${subset}-${weight}-normal.woff`;
        files.push({
          file,
          font: {
            name: familyName(role, subset),
            data: readFileSync(join(dir, file)),
            weight,
            style: 'normal',
          },
        });
      }
    }
  }
  return files;
}

let loaded: { fonts: Font[]; fingerprint: string } | undefined;

/** The fonts and their fingerprint, read and hashed once per process. */
export function cardFonts(): { fonts: Font[]; fingerprint: string } {
  if (!loaded) {
    const files = readFonts();
    const hash = createHash('sha256');
    // Names and bytes: a font package update that changes a glyph must redraw the cards.
    for (const { file, font } of files) hash.update(file).update(new Uint8Array(font.data));
    loaded = {
      fonts: files.map((f) => f.font),
      // The fallback fonts, loaded only for cards that need them, count by package version.
      fingerprint: `${files.map((f) => f.file).join(',')}#${hash.digest('hex').slice(0, 16)}#${fallbackFingerprint()}`,
    };
  }
  return loaded;
}

/** The faces of one stack at one weight (every subset), for what that stack can draw without a fallback. */
export function baseFaces(role: Role, weight: number = WEIGHTS[role][0]): Font[] {
  return cardFonts().fonts.filter(
    (font) => font.weight === weight && font.name.startsWith(`${NAMES[role]} `),
  );
}

/** The weights each stack is drawn at. */
export const BASE_WEIGHTS = WEIGHTS;
