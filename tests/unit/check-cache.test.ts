import { spawn } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { MAX_LIBRARIES, openCache } from '../../src/check/runner/cache.ts';
import { fingerprintOf, importsOf } from '../../src/reader/fingerprint.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { BASE, CASES, caseLibrary, caseNames, checkFixture, reportText } from './check-fixtures.ts';
import type { FileAnalysis } from '../../src/check/types.ts';

const scratch = (prefix: string) => mkdtempSync(join(tmpdir(), `lesson-share-${prefix}-`));
const LESSON = 'lessons/lesson-one.mdx';

describe('the check cache', () => {
  for (const name of caseNames()) {
    it(`reports exactly the expected findings for ${name} from a cold cache and from a warm one`, async () => {
      const content = caseLibrary(name);
      const cache = scratch('check-cache');
      const expected = readFileSync(join(CASES, name, 'expected.txt'), 'utf8');
      const cold = await checkFixture(content, { cache });
      const warm = await checkFixture(content, { cache });
      expect(reportText(cold)).toBe(expected);
      expect(reportText(warm)).toBe(expected);
      expect(warm.stats.analysed).toBe(0);
      expect(warm.stats.cached).toBe(cold.stats.analysed);
    });
  }

  it('finds a problem written into a file it has cached, and forgets it once removed', async () => {
    const content = copyLibrary(BASE);
    const cache = scratch('check-cache');
    const original = readFileSync(join(content, LESSON), 'utf8');
    expect((await checkFixture(content, { cache })).findings).toEqual([]);
    appendFileSync(
      join(content, LESSON),
      '\nIn the end it was human error, and we wrote to ops@acme-corp.com about it.\n',
    );
    const edited = await checkFixture(content, { cache });
    expect(edited.stats.analysed).toBe(1);
    expect(edited.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'content/lessons/lesson-one.mdx blameless',
      'content/lessons/lesson-one.mdx personal-data',
    ]);
    writeFileSync(join(content, LESSON), original);
    expect((await checkFixture(content, { cache })).findings).toEqual([]);
  });

  it('warns about a name again when the author of that name leaves the library, with the lesson unchanged', async () => {
    const content = caseLibrary('names');
    const cache = scratch('check-cache');
    const names = async () =>
      (await checkFixture(content, { cache })).findings
        .filter((f) => f.rule === 'names')
        .map((f) => f.message.split('"')[1]);
    expect(await names()).toEqual(['Sarah Johnson']);
    writeFileSync(
      join(content, 'authors/sarah-johnson.yaml'),
      'name: Sarah Johnson\nrole: Vendor liaison\nbio: A fictional member, added by a test.\n',
    );
    expect(await names()).toEqual([]);
    rmSync(join(content, 'authors/sarah-johnson.yaml'));
    expect(await names()).toEqual(['Sarah Johnson']);
  });

  it('reports a YAML value JSON cannot hold (.nan) the same from the cache as from the file', async () => {
    const content = copyLibrary(BASE);
    const cache = scratch('check-cache');
    const pattern = join(content, 'patterns/alpha-pattern.mdx');
    writeFileSync(
      pattern,
      readFileSync(pattern, 'utf8').replace(/^summary: .*$/m, 'summary: .nan'),
    );
    const cold = reportText(await checkFixture(content, { cache }));
    expect(cold).toContain(
      '`summary` takes text (in quotes if it looks like a number, a date or `true`), not `NaN`.',
    );
    const warm = await checkFixture(content, { cache });
    expect(warm.stats.analysed).toBe(0);
    expect(reportText(warm)).toBe(cold);
  });

  it('gives the same findings when the cache file is corrupt, and repairs it', async () => {
    const content = caseLibrary('secrets');
    const cache = scratch('check-cache');
    const expected = reportText(await checkFixture(content, { cache }));
    for (const name of readdirSync(cache))
      writeFileSync(join(cache, name), readFileSync(join(cache, name)).subarray(0, 100));
    const repaired = await checkFixture(content, { cache });
    expect(reportText(repaired)).toBe(expected);
    expect(repaired.stats.cached).toBe(0);
    expect((await checkFixture(content, { cache })).stats.analysed).toBe(0);
  });

  it('leaves a readable cache when two checks of one library run at once', async () => {
    const content = caseLibrary('blameless');
    const cache = scratch('check-cache');
    const check = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'scripts/check.ts')], {
          cwd: dirname(content),
          env: { ...process.env, LESSON_SHARE_CONTENT: content, LESSON_SHARE_CHECK_CACHE: cache },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', () => resolve(output));
      });
    const [first, second] = await Promise.all([check(), check()]);
    expect(first).toBe(second);
    expect(first).toContain('blameless');
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const warm = await checkFixture(content, { cache, root: dirname(content), today: new Date() });
    expect(warm.stats.analysed).toBe(0);
  });

  it('drops the results of deleted files and keeps only the most recently used libraries', async () => {
    const content = copyLibrary(BASE);
    const cache = scratch('check-cache');
    await checkFixture(content, { cache });
    rmSync(join(content, LESSON));
    await checkFixture(content, { cache });
    const [manifest] = readdirSync(cache);
    expect(
      Object.keys(
        (deserialize(readFileSync(join(cache, manifest as string))) as { files: object }).files,
      ),
    ).not.toContain(`content/${LESSON}`);

    const empty: FileAnalysis = { findings: {}, links: [], components: [], namesAsked: [] };
    const library = (n: number, version = 'v1') => {
      const stored = openCache(cache, `/libraries/${n}/content`, `/libraries/${n}`, version);
      stored.setAnalysis('content/x.mdx', 'text', 'lessons', empty);
      stored.save();
    };
    for (let n = 0; n < MAX_LIBRARIES + 4; n++) library(n);
    expect(readdirSync(cache)).toHaveLength(MAX_LIBRARIES);
    // Results of older rules for the same library go at once.
    library(MAX_LIBRARIES + 3, 'v2');
    expect(readdirSync(cache)).toHaveLength(MAX_LIBRARIES);
    expect(
      openCache(
        cache,
        `/libraries/${MAX_LIBRARIES + 3}/content`,
        `/libraries/${MAX_LIBRARIES + 3}`,
        'v2',
      ).analysis('content/x.mdx', 'text', 'lessons', new Set()),
    ).toEqual(empty);
    expect(
      openCache(
        cache,
        `/libraries/${MAX_LIBRARIES + 3}/content`,
        `/libraries/${MAX_LIBRARIES + 3}`,
        'v1',
      ).analysis('content/x.mdx', 'text', 'lessons', new Set()),
    ).toBeUndefined();
  });
});

describe('the rules fingerprint', () => {
  // A project with one rule module, a helper it imports, a type it only imports for types, and a package with a dependency.
  function project(): string {
    const dir = scratch('fingerprint');
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/rule.ts'),
      "import type { T } from './types.ts';\nimport { helper } from './helper.ts';\nimport { lint } from 'linter/sub';\nexport const rule = (t: T) => lint(helper(t));\n",
    );
    writeFileSync(join(dir, 'src/helper.ts'), 'export const helper = (x: unknown) => x;\n');
    writeFileSync(join(dir, 'src/types.ts'), 'export type T = string;\n');
    for (const [name, version, dependencies] of [
      ['linter', '1.0.0', { engine: '^2.0.0' }],
      ['engine', '2.0.0', {}],
    ] as const) {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      writeFileSync(
        join(dir, 'node_modules', name, 'package.json'),
        JSON.stringify({ name, version, dependencies }),
      );
    }
    return dir;
  }

  it('changes when a rule or a module it imports changes, or a library it uses is upgraded', () => {
    const dir = project();
    const rule = join(dir, 'src/rule.ts');
    const before = fingerprintOf([rule]);
    expect(fingerprintOf([rule])).toBe(before);
    writeFileSync(join(dir, 'src/types.ts'), 'export type T = number;\n');
    expect(fingerprintOf([rule])).toBe(before);
    appendFileSync(join(dir, 'src/helper.ts'), '// a change\n');
    const edited = fingerprintOf([rule]);
    expect(edited).not.toBe(before);
    writeFileSync(
      join(dir, 'node_modules/engine/package.json'),
      JSON.stringify({ name: 'engine', version: '2.0.1' }),
    );
    expect(fingerprintOf([rule])).not.toBe(edited);
  });

  it('is the same for the same code in another folder', () => {
    const one = project();
    const two = project();
    copyFileSync(join(one, 'src/rule.ts'), join(two, 'src/rule.ts'));
    expect(fingerprintOf([join(one, 'src/rule.ts')])).toBe(
      fingerprintOf([join(two, 'src/rule.ts')]),
    );
  });

  it('follows every run-time import form and skips type-only ones', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import x, { type B, c } from './b.ts';",
      "import {\n  d,\n  e,\n} from './d.ts';",
      "import * as f from 'f-package/sub';",
      "import './side-effect.ts';",
      "export * from './g.ts';",
      "export { h } from './h.ts';",
      "export type { I } from './i.ts';",
      "const j = await import('./j.ts');",
      "export const k = 'not an import';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual([
      './b.ts',
      './d.ts',
      './g.ts',
      './h.ts',
      './j.ts',
      './side-effect.ts',
      'f-package/sub',
    ]);
  });
});
