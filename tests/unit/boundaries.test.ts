import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { cruise, type ICruiseOptions, type IFlattenedRuleSet } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

// The folder boundaries the READMEs state live in .dependency-cruiser.cjs, one rule each, with the README in its comment.
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/**
 * Every violation of the rules in a tree whose `src/` lies under `baseDir`, as `rule: from → to (why)`.
 * Two cruises: import rules read every import, `import type` included (a type ties a module to another as much as a
 * value does, and a loop of types is still a loop); rules on what a module reaches read only what runs, since a
 * type import ships nothing to a browser.
 */
async function violations(baseDir: string): Promise<string[]> {
  const options: ICruiseOptions = await extractDepcruiseOptions(CONFIG);
  const forbidden = options.ruleSet?.forbidden ?? [];
  const reaches = (rule: (typeof forbidden)[number]) =>
    'to' in rule && 'reachable' in rule.to && rule.to.reachable === true;
  const passes: [NonNullable<IFlattenedRuleSet['forbidden']>, boolean][] = [
    [forbidden.filter((rule) => !reaches(rule)), true],
    [forbidden.filter(reaches), false],
  ];
  const found: string[] = [];
  for (const [rules, withTypes] of passes) {
    const { output } = await cruise(['src'], {
      ...options,
      baseDir,
      validate: true,
      ruleSet: { forbidden: rules },
      tsPreCompilationDeps: withTypes,
    });
    if (typeof output === 'string') throw new Error(output);
    for (const v of output.summary.violations) {
      const rule = rules.find((r) => r.name === v.rule.name);
      // A loop or a path to what a module reaches is named step by step, so the import to cut can be read off.
      const path = v.cycle ?? v.via;
      const to = path?.length ? path.map((step) => step.name).join(' → ') : v.to;
      found.push(`${v.rule.name}: ${v.from} → ${to} (${rule?.comment ?? ''})`);
    }
  }
  return [...new Set(found)].sort();
}

// dependency-cruiser does not read .astro files, so the one boundary stated for them is read here from their
// frontmatter: layouts and components load nothing themselves (src/pages/_README.md, src/components/README.md).
const LOADS = /(^|\/)(pipeline|loaders)\/|^astro:content$/;
const loadsIn = (astro: string): string[] => {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(astro)?.[1] ?? '';
  return ts
    .preProcessFile(frontmatter, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => LOADS.test(name));
};
const astroFiles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => `${folder}/${name}`);

describe('the folder boundaries the READMEs state', () => {
  it('hold in the frontmatter of layouts and components too: they load nothing themselves', () => {
    expect(
      loadsIn("---\nimport { getLibrary } from '../pipeline/load-library.ts';\n---\n<p />"),
    ).toEqual(['../pipeline/load-library.ts']);
    const loading = ['src/layouts', 'src/components']
      .flatMap(astroFiles)
      .flatMap((file) =>
        loadsIn(readFileSync(join(ROOT, file), 'utf8')).map((name) => `${file} → ${name}`),
      );
    expect(loading).toEqual([]);
  });

  it('hold in src/: no import runs back up between folders, and no import loop', async () => {
    expect(await violations(ROOT)).toEqual([]);
  });

  it('are broken by a domain module that imports Node, Astro, view and pipeline, a view that loads data, an import loop and an island that reaches Node', async () => {
    const found = await violations(join(ROOT, 'tests/fixtures/boundaries'));
    expect(found.map((v) => v.replace(/ \(.*\)$/, ''))).toEqual([
      'domain-no-astro: src/domain/meaning.ts → ../../../node_modules/astro/dist/index.js',
      'domain-no-node: src/domain/meaning.ts → fs',
      'domain-not-pipeline: src/domain/meaning.ts → src/pipeline/machine.ts',
      'domain-not-view: src/domain/meaning.ts → src/view/wording.ts',
      'islands-reach-no-node: src/islands/widget.ts → src/view/wording.ts → src/pipeline/machine.ts → path',
      'no-circular: src/pipeline/machine.ts → src/view/wording.ts → src/pipeline/machine.ts',
      'view-loads-nothing: src/view/wording.ts → src/pipeline/machine.ts',
    ]);
    // Each finding says which README states the boundary it breaks.
    expect(found.every((v) => /\(src\/[a-z/_]+README\.md: .+\)$|\(issue 27: .+\)$/.test(v))).toBe(
      true,
    );
  });
});
