import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Finding } from '../finding.ts';
import type { Library, RuleContext } from '../rule.ts';
import { checkPublicText } from './public-text.ts';

// Files served as they are: nothing here may execute in a reader's browser.
const SAFE_EXTENSIONS = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.ico',
  '.woff',
  '.woff2',
  '.txt',
  '.xml',
  '.webmanifest',
  '.pdf',
  '.svg',
]);
const SITE_FILES = new Set(['_headers', '_redirects', 'robots.txt', 'CNAME']);
const SVG_SCRIPT = /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i;

// Symbolic links are listed, never followed: the rule reports them instead.
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Files under public/ that could run script for readers (HTML, JavaScript, or SVG with script in it), and symbolic links. */
export function checkPublicFiles(publicDir: string, root: string): Finding[] {
  if (!existsSync(publicDir)) return [];
  return walk(publicDir).flatMap((path) => {
    const file = relative(root, path).split(sep).join('/');
    const name = relative(publicDir, path);
    const extension = extname(path).toLowerCase();
    const finding = (message: string): Finding => ({
      file,
      line: 1,
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
    if (SITE_FILES.has(name)) return [];
    if (!SAFE_EXTENSIONS.has(extension))
      return [
        finding(
          `\`${extension || name}\` files are not served from public/: only images, fonts and plain text are. Pages and scripts come from src/.`,
        ),
      ];
    if (extension === '.svg' && SVG_SCRIPT.test(readFileSync(path, 'utf8')))
      return [
        finding('this SVG contains script or an event handler: export it again as a plain image.'),
      ];
    return [];
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
