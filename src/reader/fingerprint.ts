import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Static imports and re-exports, side-effect imports and dynamic imports with a literal
// specifier; `import type` and `export type` are left out, since they leave nothing at run time.
const STATIC_IMPORT =
  /(?:^|[\n;])[ \t]*(?:import|export)\b\s*(?!\s)(?!type\s+(?!from\s*['"])[\w${*])(?:[\w$*{}\s,]*?\bfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Every module specifier a TypeScript or JavaScript source imports at run time. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)].map(
    (match) => match[1] as string,
  );
}

/** The package a bare specifier names: `astro` for `astro/zod`, `@secretlint/core` for itself. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

// Node's lookup: node_modules/<name> in the importing folder, then in each folder above it.
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The `entries` and the project modules they import at run time, directly or through other modules,
 * with their text; and the packages those import, each with everything it depends on, as `name@version`.
 */
export function dependenciesOf(entries: readonly string[]): {
  modules: Map<string, string>;
  packages: string[];
} {
  const modules = new Map<string, string>();
  const packages = new Set<string>();
  const packageDirs = new Set<string>();
  const visitPackage = (name: string, from: string) => {
    const dir = packageDir(name, from);
    // An optional or peer dependency that is not installed adds nothing; installing it adds its version.
    if (!dir || packageDirs.has(dir)) return;
    packageDirs.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    packages.add(`${String(manifest['name'] ?? name)}@${String(manifest['version'] ?? '?')}`);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const dependency of Object.keys(
        (manifest[field] as Record<string, string> | undefined) ?? {},
      ))
        visitPackage(dependency, dir);
    }
  };
  const queue = entries.map((entry) => resolve(entry));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (modules.has(file) || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    modules.set(file, text);
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('.') || specifier.startsWith('/'))
        queue.push(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
      else if (!isBuiltin(specifier)) visitPackage(packageOf(specifier), dirname(file));
    }
  }
  return { modules, packages: [...packages].sort() };
}

/**
 * A fingerprint of the code behind the per-file rules: the source of the `entries` and every
 * project module they import, the version of every package behind them, and the Node and Unicode
 * versions (case folding and `\p{…}` classes come from them). Editing a rule or upgrading
 * secretlint gives a new fingerprint, so findings cached by other rule code are never reused.
 */
export function fingerprintOf(entries: readonly string[]): string {
  const { modules, packages } = dependenciesOf(entries);
  const hash = createHash('sha256');
  // Paths relative to the first entry, so that the same code in another clone has the same fingerprint.
  const base = dirname(resolve(entries[0] ?? '.'));
  for (const [file, text] of [...modules].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${relative(base, file).split(sep).join('/')}\n${text}\n`);
  }
  hash.update(
    `${packages.join('\n')}\nnode ${process.versions.node} unicode ${process.versions.unicode} icu ${process.versions.icu}\n`,
  );
  return hash.digest('hex').slice(0, 16);
}
