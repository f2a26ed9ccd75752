import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The parsed HTML a URL serves from a built site. */
export function page(outDir: string, url: string): HTMLElement {
  const file = join(outDir, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no page at ${url} (${file})`);
  // A <pre> is parsed as HTML, as a browser does (node-html-parser keeps it as raw text by default).
  return parse(readFileSync(file, 'utf8'), {
    blockTextElements: { script: true, noscript: true, style: true },
  });
}

/** Every HTML page of a built site, as its URL. */
export function allPages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? walk(join(dir, d.name))
        : d.name.endsWith('.html')
          ? [join(dir, d.name)]
          : [],
    );
  return walk(outDir).map(
    (file) =>
      `/${relative(outDir, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/')}`,
  );
}

/** The section whose heading reads `title` (ignoring a trailing count), or throws. */
export function section(root: HTMLElement, title: string): HTMLElement {
  const heading = root
    .querySelectorAll('h2, h3')
    // A count, whole or partial ("(7)", "(6 of 7)"), is not part of the title.
    .find((h) => h.text.replace(/\((\d+ of )?\d+\)|#/g, '').trim() === title);
  const found = heading?.closest('section');
  if (!found) throw new Error(`no section titled "${title}"`);
  return found;
}

/** The hrefs of entry links in a part of a page, in order. */
export function entryLinks(root: HTMLElement, prefix: string): string[] {
  return root
    .querySelectorAll('a')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => href.startsWith(prefix));
}

/** The card titles' link targets in a part of a page. */
export function cardTargets(root: HTMLElement): string[] {
  return root.querySelectorAll('.card__title a').map((a) => a.getAttribute('href') ?? '');
}
