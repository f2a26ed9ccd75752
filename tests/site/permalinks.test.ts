import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/reader/read-entries.ts';
import { permalinkEntries } from '../../src/check/entries/permalinks.ts';
import { runCheck } from '../../src/check/runner/run.ts';
import { servedUrls } from '../../src/domain/permalinks.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

/** A copy of the fixture library whose every URL is recorded as published. */
function publishedLibrary(): string {
  const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  const urls = [...servedUrls(permalinkEntries(readLibrary(content).entries)).keys()].sort();
  writeFileSync(join(dirname(content), 'permalinks.json'), JSON.stringify(urls, null, 2));
  return content;
}

const rename = (content: string, from: string, to: string, frontmatter = '') => {
  const text = readFileSync(join(content, `lessons/${from}.mdx`), 'utf8');
  renameSync(join(content, `lessons/${from}.mdx`), join(content, `lessons/${to}.mdx`));
  writeFileSync(join(content, `lessons/${to}.mdx`), text.replace(/^---\n/, `---\n${frontmatter}`));
};

describe('permalinks', () => {
  it('keep a renamed lesson’s old URL working when the lesson lists its former slug', () => {
    const content = publishedLibrary();
    rename(content, 'lesson-one', 'lesson-first', 'aliases: [lesson-one]\n');
    const build = buildSite(content);
    expect(build.status, build.output).toBe(0);
    const old = page(build.outDir, '/lessons/lesson-one/');
    expect(old.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(
      '0; url=/lessons/lesson-first/',
    );
    expect(old.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      'https://lesson-share.example.org/lessons/lesson-first/',
    );
    expect(page(build.outDir, '/lessons/lesson-first/').querySelector('h1')?.text).toBe(
      'Lesson One',
    );
    expect(readFileSync(join(build.outDir, '_redirects'), 'utf8')).toContain(
      '/lessons/lesson-one/ /lessons/lesson-first/ 301',
    );
  });

  it('fail the check when a published URL disappears, saying which file to give the alias', async () => {
    const content = publishedLibrary();
    rename(content, 'lesson-one', 'lesson-uno');
    const report = await runCheck({ contentDir: content, root: dirname(content) });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.file, f.rule])).toEqual([['permalinks.json', 'permalinks']]);
    expect(errors[0]?.message).toContain('/lessons/lesson-one/ was published and would now break');
    expect(errors[0]?.message).toContain('add `aliases: [lesson-one]`');
    expect(report.findings.find((f) => f.severity === 'warning')?.message).toContain(
      '/lessons/lesson-uno/',
    );
  });

  it('refuse a former slug that another entry still uses', async () => {
    const content = publishedLibrary();
    const file = join(content, 'lessons/lesson-two.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^---\n/, '---\naliases: [lesson-one]\n'),
    );
    const report = await runCheck({ contentDir: content, root: dirname(content) });
    expect(report.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining(
        'former slug `lesson-one` is also used by content/lessons/lesson-one.mdx',
      ),
    );
  });
});
