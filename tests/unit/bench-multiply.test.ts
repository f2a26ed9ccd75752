import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KINDS, writeLibrary, type GeneratedLibrary } from '../../scripts/bench/generate.ts';
import { multiplyLibrary } from '../../scripts/bench/multiply.ts';
import { runCheck, type CheckReport } from '../../src/check/runner/run.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'content');
const tagsYaml = readFileSync(join(CONTENT, 'tags.yaml'), 'utf8');

const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text) as Record<string, unknown>;

describe('multiplyLibrary', () => {
  let library: GeneratedLibrary;
  let dir: string;
  let report: CheckReport;

  beforeAll(async () => {
    // Three copies of the starting library's 52 entries.
    library = multiplyLibrary(CONTENT, 150);
    dir = join(mkdtempSync(join(tmpdir(), 'lesson-share-multiply-test-')), 'content');
    writeLibrary(dir, library, tagsYaml);
    report = await runCheck({ contentDir: dir, root: dir, cache: false });
    // Checking 156 real files takes a few seconds alone, far more on a busy machine.
  }, 120_000);

  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('copies the starting library whole, every collection in proportion', () => {
    const starting = multiplyLibrary(CONTENT, 1);
    for (const kind of KINDS) expect(library.counts[kind]).toBe(starting.counts[kind] * 3);
    expect(library.files.has('lessons/premortem-i-skipped.mdx')).toBe(true);
    expect(library.files.has('lessons/premortem-i-skipped-3.mdx')).toBe(true);
  });

  it('writes a library that passes every check rule with zero findings', () => {
    expect(report.findings).toEqual([]);
    expect(report.files).toBe(library.files.size + 1);
  });

  it('gives every copy its own titles and keeps its references and links inside the copy', () => {
    const copy = library.files.get('lessons/premortem-i-skipped-2.mdx') as string;
    const data = frontmatter(copy);
    expect(data['title']).toBe('The Pre-Mortem I Skipped 2');
    expect(data['authors']).toEqual(['mei-tanaka-2']);
    expect(data['patterns']).toEqual([
      'pre-mortem-2',
      'small-reversible-bets-2',
      'portfolio-of-lessons-2',
    ]);
    expect(copy).toContain('](/patterns/pre-mortem-2/)');
    expect(copy).not.toMatch(
      /\]\(\/(patterns|traps|lessons|events|authors)\/[a-z0-9-]+[a-z](\/|#)/,
    );
    const titles = [...library.files.values()].map((text) => {
      const { title, name } = frontmatter(text);
      return String(title ?? name);
    });
    expect(new Set(titles).size).toBe(titles.length);
  });
});
