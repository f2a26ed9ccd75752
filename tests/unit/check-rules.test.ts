import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/check/format.ts';
import { runCheck } from '../../src/check/run.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';

// Each case folder holds files laid over a copy of the valid fixture library, and
// `expected.txt`: the exact findings. UPDATE_FIXTURES=1 rewrites expected.txt.
const CASES = join(ROOT, 'tests/fixtures/check');
const BASE = join(ROOT, 'tests/fixtures/library');

async function checkCase(name: string): Promise<string> {
  const content = copyLibrary(BASE);
  for (const entry of readdirSync(join(CASES, name))) {
    // public/ sits beside content/ in a repository, so a case's public/ goes there too.
    const target = entry === 'public' ? join(dirname(content), 'public') : join(content, entry);
    if (entry !== 'expected.txt') cpSync(join(CASES, name, entry), target, { recursive: true });
  }
  // A fixed "today", so that the expected findings never change with the calendar.
  const report = await runCheck({ contentDir: content, root: dirname(content), today: new Date('2026-11-22') });
  const silenced = report.silenced.map(({ finding, reason }) => `silenced ${formatFinding(finding)}  [${reason}]`);
  return [...report.findings.map(formatFinding), ...silenced].join('\n') + '\n';
}

describe('content check fixtures', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(`reports exactly the expected findings for ${name}`, async () => {
      const actual = await checkCase(name);
      const expectedFile = join(CASES, name, 'expected.txt');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('passes the valid fixture library with no finding', async () => {
    expect((await runCheck({ contentDir: BASE, root: ROOT })).findings).toEqual([]);
  });

  it('checks only the named file but still resolves references against the whole library', async () => {
    const content = copyLibrary(BASE);
    cpSync(join(CASES, 'dangling-reference/lessons'), join(content, 'lessons'), { recursive: true });
    cpSync(join(CASES, 'unknown-tag/lessons'), join(content, 'lessons'), { recursive: true });
    const report = await runCheck({ contentDir: content, root: dirname(content), only: ['content/lessons/unknown-tag.mdx'] });
    expect(report.files).toBe(1);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['content/lessons/unknown-tag.mdx']));
  });
});
