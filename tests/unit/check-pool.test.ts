import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary, writeLibrary } from '../../scripts/bench/generate.ts';
import { profileOf, tagIds } from '../../scripts/bench/profile.ts';
import { POOL_THRESHOLD } from '../../src/check/runner/pool.ts';
import { runCheck, type CheckReport } from '../../src/check/runner/run.ts';
import { ROOT } from '../helpers/build.ts';
import { caseNames, checkFixture, layCase } from './check-fixtures.ts';

const CONTENT = join(ROOT, 'content');

// Two whole checks of a pool-sized library: seconds each, more beside the other unit files.
describe('the check on worker threads', { timeout: 60_000 }, () => {
  let content: string;

  beforeAll(() => {
    // A library just big enough to start the workers, with every fixture case's files laid over it, so that there are findings to compare.
    const tags = readFileSync(join(CONTENT, 'tags.yaml'), 'utf8');
    content = join(mkdtempSync(join(tmpdir(), 'lesson-share-pool-')), 'content');
    writeLibrary(
      content,
      generateLibrary({ entries: POOL_THRESHOLD, profile: profileOf(CONTENT), tags: tagIds(tags) }),
      tags,
    );
    for (const name of caseNames()) layCase(name, content);
  });

  it('reports the same findings, in the same order, as the main thread alone', async () => {
    const serial = await checkFixture(content, { cache: false, workers: 0 });
    const pooled = await checkFixture(content, { cache: false, workers: 2 });
    expect(serial.stats.workers).toBe(0);
    expect(pooled.stats).toMatchObject({ workers: 2, analysed: serial.stats.analysed });
    expect(pooled.stats.poolError).toBeUndefined();
    expect(serial.findings.length).toBeGreaterThan(50);
    expect(new Set(serial.findings.map((f) => f.rule)).size).toBeGreaterThan(10);
    expect(serial.silenced.length).toBeGreaterThan(0);
    expect(pooled.findings).toEqual(serial.findings);
    expect(pooled.silenced).toEqual(serial.silenced);
  });

  it('starts no worker for the starting library or for one file of a large one', async () => {
    const starting: CheckReport = await runCheck({
      contentDir: CONTENT,
      root: ROOT,
      cache: false,
      workers: 2,
    });
    expect(starting.stats.workers).toBe(0);
    const one = await runCheck({
      contentDir: content,
      root: dirname(content),
      only: ['content/lessons/blame.mdx'],
      cache: false,
      workers: 2,
    });
    expect(one.stats).toMatchObject({ workers: 0, analysed: 1 });
  });
});
