import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
} from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../../../site.config.ts';
import { readHeaders } from '../../pipeline/security-headers.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Finding, Library, RuleContext } from '../types.ts';
import { checkPublicText } from '../text/public-text.ts';

// What a file must start with to be what its name says: a script renamed `logo.png` is refused.
const MAGIC: Record<string, (head: Buffer) => boolean> = {
  '.png': (h) =>
    h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.gif': (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6)),
  '.webp': (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  '.avif': (h) =>
    h.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(h.toString('latin1', 8, 12)),
  '.ico': (h) => h.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0])),
  '.woff': (h) => h.toString('latin1', 0, 4) === 'wOFF',
  '.woff2': (h) => h.toString('latin1', 0, 4) === 'wOF2',
  '.ttf': (h) =>
    h.subarray(0, 4).equals(Buffer.from([0, 1, 0, 0])) || h.toString('latin1', 0, 4) === 'true',
  '.otf': (h) => h.toString('latin1', 0, 4) === 'OTTO',
};
// Plain text a reader's browser shows as text (served as text/plain, never sniffed: the policy sends nosniff).
const PLAIN_TEXT = new Set(['.txt']);
const PLAIN_TEXT_NAMES = new Set(['CNAME']);
const SVG_SCRIPT = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<iframe|<embed|<object/i;

/**
 * The first segments of every path the build writes: its routes (src/pages), each collection's pages, and the
 * files written after the pages. A file of public/ under one of them would replace or shadow what the build
 * generates (a feed, a card, another author's page, the headers).
 */
function generatedRoots(pagesDir: string): Set<string> {
  const roots = new Set<string>([
    '_astro',
    'pagefind',
    '_headers',
    '_redirects',
    'sitemap.xml',
    '404.html',
    'index.html',
    ...COLLECTIONS,
  ]);
  if (existsSync(pagesDir))
    for (const name of readdirSync(pagesDir).map((entry) => entry.toLowerCase())) {
      if (name.startsWith('_') || name.startsWith('[')) continue;
      const route = name.replace(/\.(astro|ts|js|md|mdx)$/, '');
      roots.add(route);
      if (name.endsWith('.astro') || name.endsWith('.md') || name.endsWith('.mdx'))
        roots.add(`${route}.html`);
    }
  return roots;
}

// Symbolic links are listed, never followed: the rule reports them instead.
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() && !d.isSymbolicLink() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function head(path: string): Buffer {
  const buffer = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/**
 * public/ is the maintainers': it may hold fonts and raster images that are what their names say, plain text
 * the build does not generate, and what site.config.ts's `publicFiles` lists (an SVG without script, say).
 * Anything else, a symbolic link, or a path the build generates is refused.
 */
export function checkPublicFiles(
  publicDir: string,
  root: string,
  listed: readonly string[] = site.publicFiles,
): Finding[] {
  if (!existsSync(publicDir)) return [];
  const generated = generatedRoots(fileURLToPath(new URL('../../pages/', import.meta.url)));
  const vouched = new Set(listed);
  return walk(publicDir).flatMap((path): Finding[] => {
    const file = relative(root, path).split(sep).join('/');
    const name = relative(publicDir, path).split(sep).join('/');
    const extension = extname(path).toLowerCase();
    const finding = (message: string, line = 1): Finding => ({
      file,
      line,
      column: 1,
      rule: 'public-files',
      severity: 'error',
      message,
    });
    // A link is copied into the site as the file it points at: /etc/passwd, published.
    if (lstatSync(path).isSymbolicLink())
      return [
        finding(
          `a ${existsSync(path) ? '' : 'dangling '}symbolic link: public/ serves only files committed in it. Replace the link with the file itself.`,
        ),
      ];
    if (!lstatSync(path).isFile())
      return [finding('not a plain file: public/ serves only files committed in it.')];
    // Compared without case: on a case-insensitive file system (a Mac, Windows) `Feed.xml` is `feed.xml`.
    const first = (name.split('/')[0] ?? name).toLowerCase();
    if (generated.has(first) || generated.has(first.replace(/\.html$/, ''))) {
      const findings = [
        finding(
          `\`${name}\` is a path the build generates (a page, feed, card, sitemap or the headers): a file here would replace it. Remove it${name === '_headers' ? "; the site's headers are written from src/pipeline/security-headers.ts" : ''}.`,
        ),
      ];
      if (name === '_headers')
        for (const problem of readHeaders(readFileSync(path, 'utf8')).problems)
          findings.push(finding(`malformed _headers line: ${problem.message}`, problem.line));
      return findings;
    }
    if (vouched.has(name)) {
      if (extension === '.svg' && SVG_SCRIPT.test(readFileSync(path, 'utf8')))
        return [
          finding(
            'this SVG contains script or an event handler: export it again as a plain image.',
          ),
        ];
      return [];
    }
    const magic = MAGIC[extension];
    if (magic)
      return magic(head(path))
        ? []
        : [
            finding(
              `this file is not the ${extension.slice(1).toUpperCase()} its name says (its first bytes are not one): export it again, or remove it.`,
            ),
          ];
    if (PLAIN_TEXT.has(extension) || PLAIN_TEXT_NAMES.has(name)) return [];
    return [
      finding(
        `\`${extension || name}\` files are not served from public/: only fonts, raster images and plain text are, and what a maintainer lists in site.config.ts's \`publicFiles\`. Pages and scripts come from src/.`,
      ),
    ];
  });
}

/** The `public-files` rule, and the text of public/'s text files read by the secrets, personal-data and invisible checks. */
export default async function publicFiles(library: Library, context: RuleContext): Promise<void> {
  context.report(
    ...checkPublicFiles(library.publicDir, library.root).filter((f) => library.included(f.file)),
  );
  if (existsSync(library.publicDir))
    context.report(
      ...(await checkPublicText(library.publicDir, library.root)).filter((f) =>
        library.included(f.file),
      ),
    );
}
