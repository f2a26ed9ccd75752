import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';

const CASES = join(ROOT, 'tests/fixtures/check');

describe('a library with bad entries', () => {
  it('fails `astro build`, naming every bad file with its line in one run, and publishes nothing', () => {
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    const cases = [
      'dangling-reference',
      'unknown-tag',
      'duplicate-slug',
      'missing-sections',
      'schema-errors',
      'mdx-safety',
      'secrets',
    ];
    for (const name of cases) {
      for (const entry of readdirSync(join(CASES, name)).filter((e) => e !== 'expected.txt')) {
        cpSync(join(CASES, name, entry), join(content, entry), { recursive: true });
      }
    }
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    // Findings name files relative to the repository root the build runs in.
    const prefix = relative(ROOT, dirname(content)).split('\\').join('/');
    for (const name of cases) {
      for (const line of readFileSync(join(CASES, name, 'expected.txt'), 'utf8')
        .trim()
        .split('\n')) {
        const [position] = line.split('  ');
        expect(build.output).toContain(`${prefix}/${position}`);
      }
    }
    expect(build.output).toMatch(/The content check failed/);
    // A content error, not a crash of the tool.
    expect(build.output).not.toMatch(/unhandled error|Stack trace/i);
    expect(readdirSync(build.outDir)).toEqual([]);
  });
});

describe('a library whose pages link to a missing section', () => {
  it('fails the build after rendering, naming the page, the link and the file to fix, with no stack trace', () => {
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    const lesson = join(content, 'lessons/lesson-one.mdx');
    writeFileSync(
      lesson,
      `${readFileSync(lesson, 'utf8')}\nSee [the missing part](/patterns/alpha-pattern/#no-such-section).\n`,
    );
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      '/lessons/lesson-one/  links  /patterns/alpha-pattern/#no-such-section: no element with id "no-such-section"',
    );
    expect(build.output).toMatch(
      /no-such-section" on \/patterns\/alpha-pattern\/: fix it in \S*lessons\/lesson-one\.mdx/,
    );
    expect(build.output).toMatch(/link\(s\) on the pages above lead nowhere/);
    expect(build.output).not.toMatch(/unhandled error|Stack trace/i);
  });
});
