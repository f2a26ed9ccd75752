import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
// Astro logs a page it copied from the previous build as "(cached)" or "(restored)".
const reused = (build: BuildResult, path: string) =>
  new RegExp(`${path.replaceAll('/', '\\/')}index\\.html \\((cached|restored)\\)`).test(
    build.output,
  );

describe('a rebuild after an edit', () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(() => {
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    first = buildSite(content);
    edit(join(content, 'patterns/gamma-pattern.mdx'), (text) =>
      text.replace('title: Gamma Pattern', 'title: Gamma Renamed'),
    );
    edit(
      join(content, 'lessons/lesson-two.mdx'),
      (text) => `${text}\nA sentence added after the first build.\n`,
    );
    second = buildSite(content);
  }, 240_000);

  it('builds both times', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('copies the pages nothing changed from the first build', () => {
    expect(reused(first, '/traps/first-trap/')).toBe(false);
    expect(reused(second, '/traps/first-trap/')).toBe(true);
    expect(page(second.outDir, '/traps/first-trap/').querySelector('h1')?.text).toBe('First Trap');
  });

  it('stores only the two edited entries again in the content store', () => {
    expect(first.output).toMatch(/lessons: 4 entries stored, 0 unchanged\./);
    expect(second.output).toMatch(/patterns: 1 entry stored, 2 unchanged\./);
    expect(second.output).toMatch(/lessons: 1 entry stored, 3 unchanged\./);
    expect(second.output).toMatch(/traps: 0 entries stored, 2 unchanged\./);
  });

  it('re-renders the edited lesson with its new text', () => {
    expect(reused(second, '/lessons/lesson-two/')).toBe(false);
    expect(page(second.outDir, '/lessons/lesson-two/').text).toContain(
      'A sentence added after the first build.',
    );
  });

  it('shows a renamed pattern on every page that names it, one or two links away or from a lesson’s text', () => {
    expect(page(second.outDir, '/patterns/gamma-pattern/').querySelector('h1')?.text).toBe(
      'Gamma Renamed',
    );
    for (const path of [
      '/patterns/alpha-pattern/',
      '/lessons/lesson-three/',
      '/events/small-test/',
    ]) {
      const links = page(second.outDir, path)
        .querySelectorAll('a[href="/patterns/gamma-pattern/"]')
        .map((a) => a.text.trim());
      expect(links.length, path).toBeGreaterThan(0);
      expect(
        links.every((text) => text.includes('Gamma Renamed')),
        `${path}: ${links.join(' | ')}`,
      ).toBe(true);
    }
  });
});
