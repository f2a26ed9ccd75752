import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const OTHER_SITE = join(ROOT, 'tests/fixtures/fork/site.config.json');
const other = JSON.parse(readFileSync(OTHER_SITE, 'utf8')) as {
  title: string;
  tagline: string;
  showcase: { title: string; blurb: string };
  pages: string;
  licence: { name: string; url: string };
};

// What names the starting library and its community: none of it may reach another community's site.
const STARTING_NAMES = [
  'Lesson Share',
  'Lantern',
  'lesson-share.example.org',
  'example-community',
  'picked out for how honestly',
  'fictional examples',
  'CC BY-SA',
];

let build: BuildResult;

beforeAll(() => {
  // A fork keeps the starting library's guide and policies, written for any library, and rewrites its About page.
  const work = mkdtempSync(join(tmpdir(), 'lesson-share-fork-'));
  const pages = join(work, 'pages');
  cpSync(join(ROOT, 'src/content/pages'), pages, { recursive: true });
  cpSync(join(ROOT, other.pages), pages, { recursive: true });
  const config = join(work, 'site.config.json');
  writeFileSync(config, JSON.stringify({ ...other, pages }));
  build = buildSite(FIXTURE, { env: { LESSON_SHARE_SITE_CONFIG: config } });
  if (build.status !== 0) throw new Error(`fork build failed:\n${build.output}`);
});

// Every file a reader or a machine reads: pages, feeds, the sitemap, library.json, robots.txt. The search
// indexes are left out: Pagefind's, and the search lexicon, whose everyday English words include "lantern".
const textFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !/^(pagefind|search-words)\b/.test(relative(dir, file)));

describe('a fork with its own site configuration', () => {
  it('publishes no name, address, wording or licence of the starting library', () => {
    const files = textFiles(build.outDir);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return STARTING_NAMES.filter((name) => text.includes(name.toLowerCase())).map(
        (name) => `${relative(build.outDir, file)}: ${name}`,
      );
    });
    expect(found).toEqual([]);
  });

  it('shows its own name in the header, its tagline and showcase on the home page', () => {
    const home = page(build.outDir, '/');
    expect(home.querySelector('.brand')?.text).toBe('Harbour Notes');
    expect(home.querySelector('.brand span')?.text).toBe('Notes');
    expect(home.querySelector('h1')?.text).toBe(other.tagline);
    expect(home.querySelector('#showcase')?.text).toBe(other.showcase.title);
    expect(home.text).toContain(other.showcase.blurb);
    expect(page(build.outDir, '/showcase/').querySelector('h1')?.text).toBe(other.showcase.title);
  });

  it('tells its own story on the About page, without the note on invented authors', () => {
    const about = page(build.outDir, '/about/');
    expect(about.querySelector('h1')?.text).toBe('About Harbour Notes');
    expect(about.querySelectorAll('main p').map((p) => p.text)).toEqual([
      'Rowing clubs pass their mistakes on by word of mouth, and lose them when a captain moves away.',
      'These notes keep them where the next crew can read them.',
    ]);
  });

  it('keeps the guide and the policies, speaking of its own library and repository', () => {
    const conduct = page(build.outDir, '/code-of-conduct/');
    expect(conduct.querySelector('.lead')?.text).toContain('Harbour Notes only works');
    expect(conduct.querySelector('.lead')?.text).toContain('the Quayside rowing club');
    const policy = page(build.outDir, '/take-down-and-privacy/');
    expect(policy.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(
      'https://git.quayside-rowing.example/club/harbour-notes/security/advisories/new',
    );
    const footer = page(build.outDir, '/').querySelectorAll('.site-footer nav a');
    expect(footer.map((a) => a.text)).toEqual([
      'Contribute a lesson',
      'About',
      'How to write a good lesson',
      'Take-down and privacy',
      'Code of conduct',
    ]);
  });

  it('shares its content under its own licence', () => {
    const footer = page(build.outDir, '/lessons/lesson-one/').querySelector('.site-footer');
    expect(footer?.querySelector('a[rel=license]')?.getAttribute('href')).toBe(other.licence.url);
    const provenance = page(build.outDir, '/lessons/lesson-one/').querySelector('.provenance');
    expect(provenance?.querySelector('a[rel=license]')?.text).toBe(other.licence.name);
  });
});
