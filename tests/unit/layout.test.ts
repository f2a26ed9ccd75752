import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const DOMAIN = join(ROOT, 'src/domain');
const BUILD = join(ROOT, 'src/pipeline');

// Every specifier, `import type` included: a type from Node or Astro ties the domain to them as much as a value does.
const SPECIFIER =
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]/g;

/** What is wrong with one import of a file in src/domain/, or undefined when the domain may import it. */
function forbidden(specifier: string, file: string): string | undefined {
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return 'a Node module';
  if (
    specifier === 'astro' ||
    specifier.startsWith('astro/') ||
    specifier.startsWith('astro:') ||
    specifier.startsWith('@astrojs/')
  )
    return 'Astro';
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    if (target === BUILD || target.startsWith(BUILD + sep))
      return 'build machinery (src/pipeline/)';
  }
  return undefined;
}

/** Every import of a source text that the domain may not make, as `file: specifier (why)`. */
function violations(file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)].flatMap((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3]) as string;
    const why = forbidden(specifier, file);
    return why ? [`${relative(ROOT, file).split(sep).join('/')}: ${specifier} (${why})`] : [];
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : /\.(ts|tsx|js|mjs)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

describe('the domain folder', () => {
  it('imports nothing from Node, from Astro or from src/pipeline/', () => {
    const files = sources(DOMAIN);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => violations(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('reports a Node builtin with or without its prefix, Astro, and a module under src/pipeline/', () => {
    const file = join(DOMAIN, 'example.ts');
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import type { Stats } from 'fs';",
      "import { getCollection } from 'astro:content';",
      "import { z } from 'astro/zod';",
      "export { pageKey } from '../pipeline/page-keys.ts';",
      "const late = await import('node:path');",
      "import { entryUrl } from '../view/urls.ts';",
      "import { toString } from 'mdast-util-to-string';",
    ].join('\n');
    expect(violations(file, source)).toEqual([
      'src/domain/example.ts: node:fs (a Node module)',
      'src/domain/example.ts: fs (a Node module)',
      'src/domain/example.ts: astro:content (Astro)',
      'src/domain/example.ts: astro/zod (Astro)',
      'src/domain/example.ts: ../pipeline/page-keys.ts (build machinery (src/pipeline/))',
      'src/domain/example.ts: node:path (a Node module)',
    ]);
  });
});
