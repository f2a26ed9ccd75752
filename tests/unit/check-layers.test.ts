// The check's layers and the content reader's place, held as src/check/README.md and src/reader/README.md
// state them: no import loop in the check, the reader imports neither of its users, helpers import no rule,
// and no code but the check's runner imports a rule module. Imports are read with the TypeScript compiler's
// own scanner (ts.preProcessFile), which sees static, type-only, re-export and dynamic imports alike.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.ts';
import { ROOT } from '../helpers/build.ts';

const SOURCE = /\.(?:ts|tsx|astro|mjs)$/;

/** Every source file under `dir`, relative to the repository root with forward slashes. */
function sourcesIn(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourcesIn(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The project files a source imports (relative specifiers only; packages are not layers). */
function importsOf(file: string, text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName }) => fileName.replace(/\?.*$/, ''))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(ROOT, resolve(ROOT, dirname(file), specifier))
        .split(sep)
        .join('/'),
    );
}

/** The import graph of `files`: each file and the project files it imports. */
function graphOf(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [file, importsOf(file, readFileSync(join(ROOT, file), 'utf8'))]),
  );
}

/** A loop of imports within `nodes` (a path that ends where it starts), or undefined when there is none. */
function findCycle(
  graph: ReadonlyMap<string, readonly string[]>,
  nodes: ReadonlySet<string>,
): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string): string[] | undefined => {
    if (onPath.has(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    path.push(node);
    onPath.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!nodes.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const graph = graphOf([...sourcesIn('src'), ...sourcesIn('scripts')]);
const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
/** Every import from a file under `from` of a file under `to`, as `importer -> imported`. */
const importsBetween = (from: (file: string) => boolean, to: (file: string) => boolean) =>
  [...graph].flatMap(([file, imported]) =>
    from(file) ? imported.filter(to).map((target) => `${file} -> ${target}`) : [],
  );

describe('the layers of the check and the content reader', () => {
  it('reads imports of every kind, and finds a loop when there is one', () => {
    const text = [
      "import type { A } from './a.ts';",
      "export { b } from '../b.ts';",
      "const c = () => import('./c.ts?raw');",
      "import 'node:fs';",
    ].join('\n');
    expect(importsOf('src/check/x.ts', text)).toEqual([
      'src/check/a.ts',
      'src/b.ts',
      'src/check/c.ts',
    ]);
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(loop, new Set(loop.keys()))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(loop, new Set(['a', 'b']))).toBeUndefined();
  });

  it('has no import loop in src/check/, src/reader/ or src/loaders/', () => {
    const nodes = new Set(
      [...graph.keys()].filter(
        (file) =>
          under('src/check')(file) || under('src/reader')(file) || under('src/loaders')(file),
      ),
    );
    expect(nodes.size).toBeGreaterThan(40);
    expect(findCycle(graph, nodes)).toBeUndefined();
  });

  it('keeps the content reader free of its two users, the check and the loader', () => {
    expect(graph.has('src/reader/read-entries.ts')).toBe(true);
    expect(
      importsBetween(under('src/reader'), (f) => under('src/check')(f) || under('src/loaders')(f)),
    ).toEqual([]);
    expect(importsBetween(under('src/loaders'), under('src/check'))).toEqual([]);
  });

  it("keeps the check's helpers and shared types below the rules and the runner", () => {
    const upper = (file: string) =>
      under('src/check/rules')(file) || under('src/check/runner')(file);
    for (const helpers of ['src/check/text', 'src/check/entries'])
      expect(importsBetween(under(helpers), upper), helpers).toEqual([]);
    expect(importsBetween((file) => file === 'src/check/types.ts', upper)).toEqual([]);
  });

  it("lets only the check's runner import a rule module, and no rule module import another", () => {
    const ruleModule = (file: string) =>
      under('src/check/rules')(file) && file !== 'src/check/rules/index.ts';
    const registry = (file: string) => file === 'src/check/rules/index.ts';
    expect(
      importsBetween((file) => !under('src/check/runner')(file) && !registry(file), ruleModule),
    ).toEqual([]);
  });

  it('keeps in rules/ the registry and one module per rule, and nothing else', () => {
    const files = readdirSync(join(ROOT, 'src/check/rules')).filter((name) => name !== 'README.md');
    expect(files.sort()).toEqual(['index.ts', ...rules.map((rule) => `${rule.id}.ts`)].sort());
  });

  it('names every file and folder of the check and the reader in its folder’s README', () => {
    const folders = ['src/check', 'src/reader', 'src/loaders'].flatMap((top) => [
      top,
      ...readdirSync(join(ROOT, top), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${top}/${entry.name}`),
    ]);
    expect(folders).toContain('src/check/runner');
    for (const folder of folders) {
      const readme = readFileSync(join(ROOT, folder, 'README.md'), 'utf8');
      const unnamed = readdirSync(join(ROOT, folder), { withFileTypes: true })
        .filter((entry) => entry.name !== 'README.md')
        .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
        .filter((name) => !readme.includes(`\`${name}\``));
      expect(unnamed, `${folder}/README.md`).toEqual([]);
    }
  });
});
