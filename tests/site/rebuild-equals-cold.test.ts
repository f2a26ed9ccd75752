import {
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/pipeline/content-dir.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { addExtraLessons, copyLibrary } from '../helpers/content.ts';

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

// The one time-dependent value in dist/: a feed's <updated> (the digest feed's current month is the build's
// moment). Day-granular "as of" dates and "overdue" marks are not normalised: both builds run seconds apart.
const normalise = (file: string, text: string) =>
  file.endsWith('feed.xml')
    ? text.replace(/<updated>[^<]*<\/updated>/g, '<updated>…</updated>')
    : text;

const isText = (bytes: Buffer) => !bytes.subarray(0, 8000).includes(0);

// Pages are a few long lines: a line number and the text around the first differing column say where.
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const n = line === -1 ? left.length : line;
  const [x = '', y = ''] = [left[n], right[n]];
  let column = 0;
  while (column < x.length && x[column] === y[column]) column++;
  const around = (text: string) =>
    JSON.stringify(text.slice(Math.max(0, column - 60), column + 100));
  return `line ${n + 1}, column ${column + 1}:\n      rebuild: ${around(x)}\n      cold:    ${around(y)}`;
}

/** The files in which two built sites differ, each with where it first differs; empty when they are the same. */
function siteDifferences(rebuild: string, cold: string): string[] {
  const warmFiles = filesUnder(rebuild);
  const coldFiles = new Set(filesUnder(cold));
  const found = [...coldFiles]
    .filter((f) => !warmFiles.includes(f))
    .map((f) => `${f}: only in the cold build`);
  for (const file of warmFiles) {
    if (!coldFiles.has(file)) {
      found.push(`${file}: only in the rebuild`);
      continue;
    }
    const [a, b] = [readFileSync(join(rebuild, file)), readFileSync(join(cold, file))];
    if (a.equals(b)) continue;
    if (!isText(a) || !isText(b))
      found.push(`${file}: bytes differ (${a.length} vs ${b.length} bytes)`);
    else if (normalise(file, a.toString('utf8')) !== normalise(file, b.toString('utf8')))
      found.push(`${file}: ${firstDifference(a.toString('utf8'), b.toString('utf8'))}`);
  }
  return found.sort();
}

// A failed build's log is long: its error lines say why.
const errorsOf = (build: BuildResult) =>
  build.output
    .split('\n')
    .filter((line) => /error/i.test(line))
    .join('\n') || build.output.slice(-2000);

/**
 * Rebuilds on the last build's caches, then builds the same content cold (Astro's cache for the
 * content folder set aside), and compares the two. When they differ the cold build's cache is the one
 * kept, so the next edit starts from a right cache and fails, or passes, on its own.
 */
function rebuildAndCompare(content: string): {
  rebuild: BuildResult;
  cold: BuildResult;
  differences: string[];
} {
  const rebuild = buildSite(content);
  const cache = cacheDirFor(content);
  const warm = `${cache}.rebuilds`;
  rmSync(warm, { recursive: true, force: true });
  if (existsSync(cache)) renameSync(cache, warm);
  const cold = buildSite(content);
  const differences =
    rebuild.status === 0 && cold.status === 0 ? siteDifferences(rebuild.outDir, cold.outDir) : [];
  if (rebuild.status === 0 && differences.length === 0) {
    rmSync(cache, { recursive: true, force: true });
    renameSync(warm, cache);
  } else rmSync(warm, { recursive: true, force: true });
  return { rebuild, cold, differences };
}

const edit = (file: string, change: (text: string) => string) => {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(file, after);
};

describe('a rebuild on the last build’s caches', () => {
  let content: string;
  const outDirs: string[] = [];
  const expectSameSite = () => {
    const { rebuild, cold, differences } = rebuildAndCompare(content);
    outDirs.push(rebuild.outDir, cold.outDir);
    expect(cold.status, errorsOf(cold)).toBe(0);
    expect(
      rebuild.status,
      `the rebuild failed where a cold build passed:\n${errorsOf(rebuild)}`,
    ).toBe(0);
    // A rebuild that copied nothing would pass without testing the caches.
    expect(rebuild.output).toMatch(/ \((cached|restored)\)/);
    expect(differences).toEqual([]);
  };
  const lesson = (id: string) => join(content, `lessons/${id}.mdx`);

  beforeAll(() => {
    content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    // Seven more Big Launch lessons citing alpha-pattern and first-trap: long enough that their lists get pages
    // of their own and "more from this event" shows only some of its lessons, as in a real library.
    addExtraLessons(content, 7);
    // The first build is cold (the folder is new): its caches are the ones the first rebuild starts from.
    const first = buildSite(content);
    outDirs.push(first.outDir);
    expect(first.status, first.output).toBe(0);
  }, 120_000);

  afterAll(() => {
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
    if (content) {
      rmSync(cacheDirFor(content), { recursive: true, force: true });
      rmSync(dirname(content), { recursive: true, force: true });
    }
  });

  // One edit per rebuild, so a failure names the edit: each rebuild and cold build pair takes some seconds.
  it('equals a cold build after a lesson is added to an event', () => {
    writeFileSync(
      lesson('lesson-four'),
      readFileSync(lesson('lesson-three'), 'utf8')
        .replaceAll('Lesson Three', 'Lesson Four')
        .replace(/^published: .*$/m, 'published: 2026-03-12'),
    );
    expectSameSite();
  });

  it('equals a cold build after a lesson is deleted', () => {
    unlinkSync(lesson('lesson-two'));
    expectSameSite();
  });

  it('equals a cold build after a lesson is renamed, its old slug kept as an alias', () => {
    const text = readFileSync(lesson('lesson-three'), 'utf8');
    unlinkSync(lesson('lesson-three'));
    writeFileSync(lesson('lesson-third'), text.replace(/^---\n/, '---\naliases: [lesson-three]\n'));
    expectSameSite();
  });

  it('equals a cold build after a pattern is renamed and the lessons citing it follow', () => {
    const text = readFileSync(join(content, 'patterns/gamma-pattern.mdx'), 'utf8');
    unlinkSync(join(content, 'patterns/gamma-pattern.mdx'));
    writeFileSync(
      join(content, 'patterns/gamma-method.mdx'),
      text.replace(/^---\n/, '---\naliases: [gamma-pattern]\n'),
    );
    for (const id of ['lesson-third', 'lesson-four'])
      edit(lesson(id), (t) => t.replaceAll('gamma-pattern', 'gamma-method'));
    expectSameSite();
  });

  it('equals a cold build after a lesson moves to another event', () => {
    edit(lesson('extra-lesson-007'), (text) =>
      text.replace('event: big-launch', 'event: small-test'),
    );
    expectSameSite();
  });

  it('equals a cold build after a lesson’s title changes', () => {
    edit(lesson('lesson-four'), (text) =>
      text.replace('title: Lesson Four', 'title: Lesson Four, Retitled'),
    );
    expectSameSite();
  });

  it('equals a cold build after a lesson’s tags change', () => {
    edit(lesson('extra-lesson-003'), (text) => text.replace('tags: [retro]', 'tags: [metrics]'));
    expectSameSite();
  });

  it('equals a cold build after an event’s title changes', () => {
    edit(join(content, 'events/small-test.mdx'), (text) =>
      text.replace('title: Small Test', 'title: Small Test, Retitled'),
    );
    expectSameSite();
  });
});
