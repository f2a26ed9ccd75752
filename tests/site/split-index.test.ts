import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/pipeline/content-dir.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { addExtraLessons, copyLibrary } from '../helpers/content.ts';

// Shards of at most 8 pages: the fixture's library, split as a library of tens of thousands of pages is.
const SHARD_PAGES = 8;
const env = { LESSON_SHARE_SEARCH_SHARD_PAGES: String(SHARD_PAGES) };

/** Every file under a folder, relative to it, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();

const shardCount = (dist: string) =>
  (JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: number })
    .shards;
const shardDir = (dist: string, k: number) => join(dist, 'pagefind', k === 0 ? '' : `shard-${k}`);
const pageCount = (dir: string) =>
  (
    JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages['en']?.page_count ?? 0;

/** The pages a reader lands on from a search, as the built site marks them. */
const searchablePages = (dist: string) =>
  filesUnder(dist).filter(
    (file) =>
      /^(patterns|traps|lessons|events|authors)\/[^/]+\/index\.html$/.test(file) &&
      readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'),
  );

describe('a search index split into shards', () => {
  let content: string;
  let first: BuildResult;
  let second: BuildResult;
  const outDirs: string[] = [];

  beforeAll(() => {
    content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    addExtraLessons(content, 12);
    first = buildSite(content, { env });
    // One lesson's text changes; the other pages of the library do not.
    const lesson = join(content, 'lessons/extra-lesson-005.mdx');
    writeFileSync(
      lesson,
      `${readFileSync(lesson, 'utf8')}\nA sentence added after the first build.\n`,
    );
    second = buildSite(content, { env });
    outDirs.push(first.outDir, second.outDir);
  }, 300_000);

  afterAll(() => {
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
    if (content) {
      rmSync(cacheDirFor(content), { recursive: true, force: true });
      rmSync(dirname(content), { recursive: true, force: true });
    }
  });

  it('builds both times', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('holds every searchable page once, in shards of at most the shard size', () => {
    const shards = shardCount(first.outDir);
    const pages = searchablePages(first.outDir).length;
    expect(shards).toBeGreaterThanOrEqual(Math.ceil(pages / SHARD_PAGES));
    const counts = Array.from({ length: shards }, (_, k) => pageCount(shardDir(first.outDir, k)));
    for (const count of counts) expect(count).toBeLessThanOrEqual(SHARD_PAGES);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(pages);
    expect(first.output).toContain(`Search index of ${pages} pages in ${shards} shards written`);
  });

  it('ships Pagefind’s script and WebAssembly once, with the first shard', () => {
    expect(filesUnder(shardDir(first.outDir, 0))).toContain('pagefind.js');
    for (let k = 1; k < shardCount(first.outDir); k++)
      expect(
        filesUnder(shardDir(first.outDir, k)).filter(
          (file) => !/^(index|fragment|filter)\//.test(file),
        ),
      ).toEqual([
        'pagefind-entry.json',
        expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/) as string,
      ]);
  });

  it('re-indexes on a rebuild only the shards whose pages changed', () => {
    const shards = shardCount(second.outDir);
    const copied = Number(/\((\d+) unchanged, copied\)/.exec(second.output)?.[1] ?? 0);
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(shards);
    expect(first.output).not.toMatch(/unchanged, copied/);
  });

  it('gives on a rebuild the same index as one made cold from the same pages', () => {
    const cold = join(mkdtempSync(join(tmpdir(), 'lesson-share-cold-index-')), 'dist');
    outDirs.push(dirname(cold));
    cpSync(second.outDir, cold, { recursive: true });
    // Another content path gives another cache folder: an empty store, so every shard is indexed again.
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), cold], {
      cwd: ROOT,
      env: { ...process.env, ...env, LESSON_SHARE_CONTENT: join(dirname(cold), 'no-content') },
      encoding: 'utf8',
    });
    outDirs.push(cacheDirFor(join(dirname(cold), 'no-content')));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/unchanged, copied/);
    const index = (dist: string) => join(dist, 'pagefind');
    expect(filesUnder(index(cold))).toEqual(filesUnder(index(second.outDir)));
    const differing = filesUnder(index(cold)).filter(
      (file) =>
        !readFileSync(join(index(cold), file)).equals(
          readFileSync(join(index(second.outDir), file)),
        ),
    );
    expect(differing).toEqual([]);
  });
});
