import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBrokenLinks } from '../../src/check/built-links.ts';
import { runCheck } from '../../src/check/runner/run.ts';
import { TRAP_KINDS } from '../../src/schemas/vocabulary.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';
import { allPages, page } from '../helpers/html.ts';
import { itHasNoW3cErrors } from '../helpers/w3c.ts';

const CONTENT = join(ROOT, 'content');
const entries = readFrontmatter(CONTENT);
const of = (collection: string) => [...entries].filter(([key]) => key.startsWith(`${collection}/`));

describe('the starting library', () => {
  it('passes the content check with no finding and nothing silenced', async () => {
    const report = await runCheck({ contentDir: CONTENT, root: ROOT });
    expect(report.findings).toEqual([]);
    expect(report.silenced).toEqual([]);
  });

  it('is big enough to be a real library', () => {
    expect(of('patterns').length).toBeGreaterThanOrEqual(10);
    expect(of('traps').length).toBeGreaterThanOrEqual(12);
    expect(new Set(of('traps').map(([, d]) => d['kind']))).toEqual(
      new Set(Object.keys(TRAP_KINDS)),
    );
    expect(of('lessons').length).toBeGreaterThanOrEqual(12);
    expect(
      new Set(
        of('lessons')
          .map(([, d]) => d['event'])
          .filter(Boolean),
      ).size,
    ).toBeGreaterThanOrEqual(3);
    expect(readdirSync(join(CONTENT, 'authors')).length).toBeGreaterThanOrEqual(8);
    const tags = Object.keys(
      parse(readFileSync(join(CONTENT, 'tags.yaml'), 'utf8')) as object,
    ).length;
    expect(tags).toBeGreaterThanOrEqual(15);
    expect(tags).toBeLessThanOrEqual(40);
  });
});

describe('the built starting library', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(CONTENT);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('has a page for every entry, author and tag', () => {
    const urls = new Set(allPages(build.outDir));
    for (const key of entries.keys()) expect(urls.has(`/${key}/`), key).toBe(true);
    for (const name of readdirSync(join(CONTENT, 'authors')))
      expect(urls.has(`/authors/${name.replace('.yaml', '')}/`), name).toBe(true);
  });

  it('has no internal link or fragment that leads nowhere', () => {
    expect(findBrokenLinks(build.outDir)).toEqual([]);
  });

  it('shows every lesson with at least one cited pattern and the event it came from', () => {
    for (const [key, data] of of('lessons')) {
      const html = page(build.outDir, `/${key}/`);
      expect(
        html.querySelectorAll('.entry__related a[href^="/patterns/"]').length,
        key,
      ).toBeGreaterThan(0);
      if (data['event'])
        expect(html.querySelector(`a[href="/events/${data['event']}/"]`), key).not.toBeNull();
    }
  });

  it('names each relation once on a pattern page, with every pattern it links', () => {
    let shared = 0;
    for (const [key] of of('patterns')) {
      const labels = page(build.outDir, `/${key}/`)
        .querySelectorAll('.relations dt')
        .map((dt) => dt.text);
      expect(new Set(labels).size, key).toBe(labels.length);
      shared += page(build.outDir, `/${key}/`)
        .querySelectorAll('.relations dd')
        .filter((dd) => dd.querySelectorAll('a').length > 1).length;
    }
    // Blameless Post-Mortem is refined by two patterns: both under one "Refined by".
    expect(shared).toBeGreaterThan(0);
  });

  it('publishes the site’s own MDX pages, each linked from every footer', () => {
    const pages = readdirSync(join(ROOT, 'src/content/pages')).filter((name) =>
      name.endsWith('.mdx'),
    );
    expect(pages.sort()).toEqual([
      'about.mdx',
      'code-of-conduct.mdx',
      'how-to-write-a-lesson.mdx',
      'take-down-and-privacy.mdx',
    ]);
    const footer = page(build.outDir, '/lessons/premortem-i-skipped/')
      .querySelectorAll('.site-footer nav a')
      .map((a) => a.getAttribute('href'));
    for (const name of pages) {
      const url = `/${name.replace(/\.mdx$/, '')}/`;
      expect(footer, url).toContain(url);
      expect(page(build.outDir, url).querySelector('main h1')?.text, url).toBeTruthy();
    }
    // The About page's lists come from the vocabulary it imports, and its count from the library.
    const about = page(build.outDir, '/about/');
    expect(about.text).toContain('emerging, tested, established');
    expect(about.querySelector('main a[href="/authors/"]')?.text).toBe(
      `Meet all ${readdirSync(join(CONTENT, 'authors')).length} authors`,
    );
  });

  it('shows a lesson of the library in the writing guide, through the entries’ own components', () => {
    const guide = page(build.outDir, '/how-to-write-a-lesson/');
    const lead = guide.querySelector('.lead a');
    const lesson = page(build.outDir, lead?.getAttribute('href') ?? '/no-lesson/');
    const title = lesson.querySelector('h1')?.text ?? '';
    expect(lead?.text).toBe(title);
    // Its four questions, as the FourQuestions component draws them, with the answers its own page shows.
    const answers = (html: typeof guide) =>
      (html.querySelector('.questions')?.querySelectorAll('p') ?? []).map((p) => p.text.trim());
    expect(answers(guide)).toHaveLength(4);
    expect(answers(lesson)).toEqual(answers(guide));
    expect(guide.querySelector('table caption')?.text).toBe(`Actions from ${title}`);
    expect(guide.querySelectorAll('.entry-ref').length).toBeGreaterThan(0);
  });

  itHasNoW3cErrors(() => build.outDir);

  // What the problem-first page and the map should show, worked out from the files, not from the site's graph.
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const lessonsIn = (trap: string) =>
    of('lessons').filter(([, data]) => list(data['traps']).includes(trap));
  const countersOf = (trap: string, data: Record<string, unknown>) =>
    new Set([
      ...list(data['counter_moves']),
      ...of('patterns')
        .filter(([, p]) => list(p['counters']).includes(trap))
        .map(([key]) => key.split('/')[1] ?? ''),
    ]);

  it('offers every warning sign under each place its trap names, leading to the trap, its counters and its lessons, with no script', () => {
    const html = page(build.outDir, '/what-is-happening/');
    expect(html.querySelectorAll('script[src]')).toHaveLength(0);
    for (const [key, data] of of('traps')) {
      const trap = key.split('/')[1] ?? '';
      const places = list(data['shows_up_in']);
      expect(places.length, `${key} says where its signs show up`).toBeGreaterThan(0);
      for (const place of places) {
        const set = html
          .querySelectorAll(`section:has(> h2#${place}) .sign-set`)
          .find((block) => block.querySelector(`a[href="/${key}/"]`));
        expect(set, `${key} under ${place}`).toBeDefined();
        expect(set?.querySelectorAll('.warning-signs li')).toHaveLength(
          list(data['warning_signs']).length,
        );
        const links = set?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
        for (const pattern of countersOf(trap, data))
          expect(links).toContain(`/patterns/${pattern}/`);
        for (const [lesson] of lessonsIn(trap)) expect(links).toContain(`/${lesson}/`);
      }
    }
  });

  it('maps every trap to the patterns that counter it, with the lessons behind each link, with no script', () => {
    const html = page(build.outDir, '/map/');
    expect(html.querySelectorAll('script[src]')).toHaveLength(0);
    for (const [key, data] of of('traps')) {
      const trap = key.split('/')[1] ?? '';
      const row = html
        .querySelectorAll('table.counter-map tbody tr')
        .find((tr) => tr.querySelector(`th[scope=row] a[href="/${key}/"]`));
      expect(row, key).toBeDefined();
      expect(row?.querySelectorAll('td')[0]?.text).toBe(String(lessonsIn(trap).length));
      const shown = Object.fromEntries(
        row
          ?.querySelectorAll('.counter-map__patterns li')
          .map((li) => [
            li.querySelector('a')?.getAttribute('href'),
            Number(/\((\d+) lessons?\)/.exec(li.text)?.[1]),
          ]) ?? [],
      );
      const expected = Object.fromEntries(
        [...countersOf(trap, data)].map((pattern) => [
          `/patterns/${pattern}/`,
          lessonsIn(trap).filter(([, lesson]) => list(lesson['patterns']).includes(pattern)).length,
        ]),
      );
      expect(shown, key).toEqual(expected);
    }
  });
});
