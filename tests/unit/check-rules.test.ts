import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/runner/run.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { BASE, CASES, caseLibrary, caseNames, checkFixture, reportText } from './check-fixtures.ts';

// Each case folder holds files laid over a copy of the valid fixture library, and
// `expected.txt`: the exact findings. Only UPDATE_FIXTURES=1 writes expected.txt: a case without one fails,
// so a new case's findings are read by someone before they become its expectation.
// These runs use no cache: they are the reference that check-cache.test.ts compares cached runs with.
const checkCase = async (name: string) =>
  reportText(await checkFixture(caseLibrary(name), { cache: false }));

describe('content check fixtures', () => {
  for (const name of caseNames()) {
    it(`reports exactly the expected findings for ${name}`, async () => {
      const actual = await checkCase(name);
      const expectedFile = join(CASES, name, 'expected.txt');
      if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, actual);
      expect(
        existsSync(expectedFile),
        `${name} has no expected.txt: run UPDATE_FIXTURES=1 and read what it wrote`,
      ).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('passes the valid fixture library with no finding', async () => {
    expect((await runCheck({ contentDir: BASE, root: ROOT, cache: false })).findings).toEqual([]);
  });

  it('checks only the named file but still resolves references against the whole library', async () => {
    const content = copyLibrary(BASE);
    cpSync(join(CASES, 'dangling-reference/lessons'), join(content, 'lessons'), {
      recursive: true,
    });
    cpSync(join(CASES, 'unknown-tag/lessons'), join(content, 'lessons'), { recursive: true });
    const report = await runCheck({
      contentDir: content,
      root: dirname(content),
      only: ['content/lessons/unknown-tag.mdx'],
      cache: false,
    });
    expect(report.files).toBe(1);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(
      new Set(['content/lessons/unknown-tag.mdx']),
    );
  });
});
