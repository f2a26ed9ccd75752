#!/usr/bin/env node
// npm run fonts: cuts the body and heading fonts down to the characters the library and the site's own text use,
// into src/assets/fonts/, with the @font-face rules in src/styles/fonts.css. Run it again when content brings new letters;
// until then a letter outside the subset still shows, from the full @fontsource files the stylesheet names next.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fontace } from 'fontace';
import subsetFont from 'subset-font';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const OUT = join(ROOT, 'src/assets/fonts');

/** Every file whose text can reach a page: the content, the site's components and pages, and its config. */
function textFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(mdx?|ya?ml|astro|tsx?)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
const sources = [...textFiles('content'), ...textFiles('src'), join(ROOT, 'site.config.ts')];
const used = new Set<string>();
for (const file of sources) for (const ch of readFileSync(file, 'utf8')) used.add(ch);
// Printable ASCII always, and what smart punctuation turns straight quotes, dashes and dots into.
for (let code = 0x20; code < 0x7f; code++) used.add(String.fromCodePoint(code));
for (const ch of '‘’“”–—…  ') used.add(ch);
const text = [...used].filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x20).join('');

interface Face {
  family: string;
  file: string;
  source: string;
  weight: string;
  style: 'normal' | 'italic';
  /** For a variable font, the weights the site uses: the rest of the axis is dropped. */
  wght?: { min: number; max: number };
}
/** A @fontsource-variable face, upright, cut to the weights the site uses (400 to 700). */
const variable = (family: string, name: string): Face => ({
  family: `${family} Subset`,
  file: `${name}-wght-normal.woff2`,
  source: `@fontsource-variable/${name}/files/${name}-latin-wght-normal.woff2`,
  weight: '400 700',
  style: 'normal',
  wght: { min: 400, max: 700 },
});
const faces: Face[] = [
  // One variable cut for every upright weight: 17 KB where the 400, 600 and 700 cuts a page needs took 27.
  variable('Source Sans 3', 'source-sans-3'),
  // Italic only ever at 400: the static cut.
  {
    family: 'Source Sans 3 Subset',
    file: 'source-sans-3-400-italic.woff2',
    source: '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2',
    weight: '400',
    style: 'italic',
  },
  variable('Source Serif 4', 'source-serif-4'),
];

// @fontsource splits each face by script: the letters of names such as Tomáš live in its latin-ext file, so each
// face is cut from both, and the browser fetches the small latin-ext cut only for a page that has such a letter.
// The latin-ext cut is a family of its own ('… Subset Ext', next in the stack): CSS minifiers merge @font-face
// rules that share family, weight and style, and would drop the second cut's range.
const SCRIPTS = [
  { name: 'latin', suffix: '', family: '' },
  { name: 'latin-ext', suffix: '-ext', family: ' Ext' },
] as const;

const rules: string[] = [];
for (const script of SCRIPTS) for (const face of faces) await cut(face, script);

async function cut(face: Face, script: (typeof SCRIPTS)[number]): Promise<void> {
  const file = face.file.replace(/\.woff2$/, `${script.suffix}.woff2`);
  const original = readFileSync(
    require.resolve(face.source.replace('-latin-', `-${script.name}-`)),
  );
  const subset = await subsetFont(original, text, {
    targetFormat: 'woff2',
    ...(face.wght ? { variationAxes: { wght: face.wght } } : {}),
  });
  // The range the subset really covers, so the browser asks it only for letters it has.
  const { unicodeRange } = fontace(subset);
  // A script none of the library's letters come from leaves an empty cut: no file, no rule.
  if (!/U\+/.test(unicodeRange) || /^U\+FFFF$/.test(unicodeRange.trim())) return;
  writeFileSync(join(OUT, file), subset);
  rules.push(`@font-face {
  font-family: '${face.family}${script.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url('../assets/fonts/${file}') format('woff2');
  unicode-range: ${unicodeRange};
}`);
  console.log(`${file}: ${original.length} → ${subset.length} bytes`);
}
writeFileSync(
  join(ROOT, 'src/styles/fonts.css'),
  `/* Written by \`npm run fonts\` (scripts/subset-fonts.ts): the fonts cut down to the letters the library uses. */\n${rules.join('\n')}\n`,
);
