// A newcomer finds their way by the folder READMEs: each says what belongs in its folder, so each must name every file
// and folder in it (by name, or by name without its extension). A file added without a word in its README fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// `_README.md` in src/pages/, which Astro would otherwise publish as a page.
const README_NAMES = ['README.md', '_README.md'];
// Folders of data rather than code: fonts, entries, test fixtures and outputs.
const SKIP = /^(src\/assets|src\/content\/pages|tests\/fixtures)(\/|$)/;

function foldersWithReadme(folder: string): { folder: string; readme: string }[] {
  const entries = readdirSync(join(ROOT, folder), { withFileTypes: true });
  const readme = README_NAMES.find((name) => existsSync(join(ROOT, folder, name)));
  const here = readme && !SKIP.test(folder) ? [{ folder, readme }] : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => foldersWithReadme(`${folder}/${entry.name}`)),
  ];
}

function unnamed(folder: string, readme: string): string[] {
  const text = readFileSync(join(ROOT, folder, readme), 'utf8');
  return readdirSync(join(ROOT, folder))
    .filter((name) => !README_NAMES.includes(name))
    .filter(
      (name) =>
        !text.includes(name) && !text.includes(name.slice(0, -extname(name).length || undefined)),
    )
    .map((name) => relative(ROOT, join(ROOT, folder, name)));
}

const FOLDERS = ['src', 'scripts', 'tests'].flatMap(foldersWithReadme);

describe('folder READMEs', () => {
  it('are found under src/, scripts/ and tests/', () => expect(FOLDERS.length).toBeGreaterThan(15));
  it('are in every folder directly under src/ that holds code', () => {
    const code = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && !SKIP.test(`src/${entry.name}`) && entry.name !== 'content',
      )
      .map((entry) => `src/${entry.name}`);
    expect(code.filter((folder) => !FOLDERS.some((found) => found.folder === folder))).toEqual([]);
  });
  for (const { folder, readme } of FOLDERS)
    it(`${folder}/${readme} names every file and folder beside it`, () =>
      expect(unnamed(folder, readme)).toEqual([]));
});
