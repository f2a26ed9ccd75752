import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDER = join(ROOT, 'src/page-data');

// The modules a file loads when it runs: type-only imports are erased and load nothing.
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)]
    .map((m) => m[1] ?? m[2]!)
    .filter(Boolean);
}

// Every module the folder loads, following relative imports through the project.
function loaded(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = readdirSync(FOLDER)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(FOLDER, f));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const imports = runtimeImports(file);
    seen.set(file, imports);
    for (const spec of imports)
      if (spec.startsWith('.') && /\.(ts|tsx)$/.test(spec))
        queue.push(resolve(dirname(file), spec));
  }
  return seen;
}

describe('the page-data folder', () => {
  it('loads nothing from Node, astro:content or the build machinery, directly or through what it imports', () => {
    const offending = [...loaded()].flatMap(([file, imports]) =>
      imports
        .filter(
          (spec) =>
            spec.startsWith('node:') ||
            spec === 'astro:content' ||
            resolve(dirname(file), spec).startsWith(join(ROOT, 'src/pipeline')) ||
            resolve(dirname(file), spec) === join(ROOT, 'site.config.ts'),
        )
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('is named file by file in its README', () => {
    const readme = readFileSync(join(FOLDER, 'README.md'), 'utf8');
    const missing = readdirSync(FOLDER).filter(
      (f) => f !== 'README.md' && !readme.includes(`\`${f}\``),
    );
    expect(missing).toEqual([]);
  });
});
