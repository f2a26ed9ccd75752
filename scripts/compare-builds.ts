// Compares two built sites, for a refactor that must not change what is published: every page, feed, header file
// and index byte for byte, once the names that only say which build made them are set aside (a bundle with the same
// bytes under another name,
// Astro's style-scope ids, island uids, React's useId values). Prints each file that still differs; exits 1 if any.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgsOrExit } from './args.ts';

const USAGE = `usage: npm run compare-builds -- <before-dist> <after-dist>

Prints the files that differ between two builds once hashed asset names, style-scope ids, island uids and
React useId values are set aside, and the bundled assets whose names were added or removed.`;

const { positionals } = parseArgsOrExit({ allowPositionals: true, options: {} }, USAGE);
if (positionals.length !== 2) {
  console.error(USAGE);
  process.exit(2);
}
const [before, after] = positionals as [string, string];

const TEXT = /\.(html|xml|json|txt|css|js|webmanifest|svg)$|(^|\/)_(headers|redirects)$/;
// Bundles are named by their content's hash: a moved module renames them without changing a page.
const ASSETS = /^_astro\//;

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => relative(root, join(root, name)).split('\\').join('/'));
}

const beforeFiles = new Set(filesOf(before));
const afterFiles = new Set(filesOf(after));

// A bundle is known by its bytes when the other build has the same bytes (under whatever name), else by its name
// without the hash: a page that links the same styles in the same order then reads the same in both builds.
const digest = (root: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(root, file)))
    .digest('hex');
const bundleDigests = (root: string, files: Set<string>) =>
  new Map([...files].filter((f) => ASSETS.test(f)).map((f) => [f, digest(root, f)]));
const [beforeBundles, afterBundles] = [
  bundleDigests(before, beforeFiles),
  bundleDigests(after, afterFiles),
];
const shared = new Set(
  [...beforeBundles.values()].filter((d) => new Set(afterBundles.values()).has(d)),
);
const nameOf = (bundles: Map<string, string>) => (path: string) => {
  const found = bundles.get(path.slice(1));
  return found && shared.has(found)
    ? `/_astro/same-bytes-${found.slice(0, 12)}`
    : path.replace(/\.[\w-]{8}\.(js|css)$/, '.*.$1');
};
const normaliser = (bundles: Map<string, string>) => {
  const name = nameOf(bundles);
  return (text: string) =>
    text
      .replace(/\/_astro\/[\w-]+\.[\w-]{8}\.(js|css)/g, name)
      .replace(/ ?data-astro-cid-[a-z0-9]+(="")?/g, '')
      .replace(/uid="[^"]*"/g, 'uid=""')
      .replace(/_r[0-9A-Za-z]+_[0-9a-z]+_/g, '_rID_');
};
const [normaliseBefore, normaliseAfter] = [normaliser(beforeBundles), normaliser(afterBundles)];
const differing: string[] = [];
for (const file of new Set([...beforeFiles, ...afterFiles])) {
  if (ASSETS.test(file)) continue;
  if (!beforeFiles.has(file) || !afterFiles.has(file)) {
    differing.push(`${file}: only in ${beforeFiles.has(file) ? before : after}`);
    continue;
  }
  const [a, b] = [readFileSync(join(before, file)), readFileSync(join(after, file))];
  const same = TEXT.test(file)
    ? normaliseBefore(a.toString('utf8')) === normaliseAfter(b.toString('utf8'))
    : a.equals(b);
  if (!same) differing.push(`${file}: differs`);
}
const bundles = (files: Set<string>) =>
  new Set(
    [...files]
      .filter((f) => ASSETS.test(f))
      .map((f) => f.replace(/\.[\w-]{8}\.(js|css)$/, '.*.$1')),
  );
const [oldBundles, newBundles] = [bundles(beforeFiles), bundles(afterFiles)];
const renamed = [
  ...[...oldBundles].filter((name) => !newBundles.has(name)).map((name) => `- ${name}`),
  ...[...newBundles].filter((name) => !oldBundles.has(name)).map((name) => `+ ${name}`),
];

console.log(
  differing.length
    ? differing.sort().join('\n')
    : 'Every page, feed, header file and index is the same.',
);
if (renamed.length)
  console.log(`\nBundles by name (content hashes aside):\n${renamed.sort().join('\n')}`);
process.exit(differing.length ? 1 : 0);
