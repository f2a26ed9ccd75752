import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { writeAtomicSync } from './files.ts';
import { hashSource, inlineCollector } from './security-headers.ts';

/** What the checks after a build need of one built page, read in one streaming parse. */
export interface PageFacts {
  /** Every `id` on the page, for `#fragment` links. */
  ids: string[];
  /** Every URL the page points to: links, the files it loads, its search form, a redirect's refresh. */
  links: string[];
  /** Whether search engines should list it: false for a redirect page (`noindex`). */
  listed: boolean;
  /** The head's `article:modified_time`, for an entry's page. */
  modified?: string | undefined;
  /** The CSP source (`'sha256-…'`) of each inline script and style, for the security headers' check. */
  inline: { scripts: string[]; styles: string[] };
}

/** A built site as the checks after the build see it: its pages by URL path and every file it holds. */
export interface BuiltSite {
  /** Each HTML page by its URL path (`/patterns/x/`, `/404.html`), in path order. */
  pages: Map<string, PageFacts>;
  /** Every file, HTML or not, by site path (`/og/lessons/x.png`): a link to a file only needs it to exist. */
  files: Set<string>;
}

// Where a page points to another URL of the site: links, the files a page loads, its search form and a redirect page's refresh.
function linkIn(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'a' || name === 'link') return attributes['href'];
  if (name === 'img' || name === 'script' || name === 'source') return attributes['src'];
  if (name === 'form') return attributes['action'];
  if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh')
    return /;\s*url=(.*)$/i.exec(attributes['content'] ?? '')?.[1]?.trim();
  return undefined;
}

/** Reads one page: a streaming parse, no DOM (four times faster than building one per page). */
export function pageFacts(html: string): PageFacts {
  const ids: string[] = [];
  const links: string[] = [];
  const inline = inlineCollector();
  let listed = true;
  let modified: string | undefined;
  let inHead = true;
  const parser = new Parser({
    onopentag(name, attributes) {
      inline.handlers.onopentag(name, attributes);
      if (attributes['id'] !== undefined) ids.push(attributes['id']);
      const href = linkIn(name, attributes);
      if (href !== undefined) links.push(href);
      if (name !== 'meta' || !inHead) return;
      // A redirect page (an alias of a renamed entry) says noindex; it must not be listed as a page of its own.
      if (attributes['name'] === 'robots' && /noindex/i.test(attributes['content'] ?? ''))
        listed = false;
      if (attributes['property'] === 'article:modified_time') modified = attributes['content'];
    },
    ontext: inline.handlers.ontext,
    onclosetag(name) {
      inline.handlers.onclosetag(name);
      if (name === 'head') inHead = false;
    },
  });
  parser.end(html);
  return {
    ids,
    links,
    listed,
    ...(modified !== undefined && { modified }),
    inline: { scripts: inline.scripts.map(hashSource), styles: inline.styles.map(hashSource) },
  };
}

/** A change the build makes to every built page before it is read (the island style into the head, a meta policy). */
export type PageRewrite = (html: string) => string;

/** The rewrites of this build, by name, in the order they were set: integrations set theirs at `astro:build:start`. */
const rewrites = new Map<string, PageRewrite>();

/** Sets (or with `undefined`, removes) a rewrite that the one walk over the built pages applies to each page. */
export function setPageRewrite(name: string, rewrite: PageRewrite | undefined): void {
  if (rewrite) rewrites.set(name, rewrite);
  else rewrites.delete(name);
}

const rewritten = (html: string) => {
  let result = html;
  for (const rewrite of rewrites.values()) result = rewrite(result);
  return result;
};

// Mixed into each page's hash: a change to what is read of a page must not reuse facts read the old way.
const FACTS_VERSION = 'facts 2: ids, links, head, inline hashes\n';

const urlOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * Reads a built site in one walk, writing back each page the build's rewrites change. With a cache file,
 * a page whose HTML is byte for byte one the last build wrote is not parsed again: on a rebuild, where
 * most pages are copied unchanged, only the pages that changed are.
 */
export function readBuiltSite(outDir: string, cacheFile?: string): BuiltSite {
  const before = new Map<string, PageFacts>(cacheFile ? readCache(cacheFile) : []);
  const after = new Map<string, PageFacts>();
  const files = new Set<string>();
  const pages: [string, PageFacts][] = [];
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    files.add(`/${file}`);
    if (!entry.name.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const path = join(outDir, file);
    const written = readFileSync(path, 'utf8');
    const html = rewritten(written);
    if (html !== written) writeFileSync(path, html);
    const hash = createHash('sha1').update(FACTS_VERSION).update(html).digest('base64url');
    const facts = before.get(hash) ?? pageFacts(html);
    after.set(hash, facts);
    pages.push([urlOf(file), facts]);
  }
  if (cacheFile) {
    // Only this build's pages: the cache never holds more than one site's worth.
    writeAtomicSync(cacheFile, Buffer.from(JSON.stringify([...after])));
  }
  pages.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { pages: new Map(pages), files };
}

function readCache(file: string): [string, PageFacts][] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as [string, PageFacts][];
  } catch {
    // No cache yet, or one cut short: every page is parsed.
    return [];
  }
}

let last: { outDir: string; site: BuiltSite } | undefined;

/**
 * The built site as read once after this build: the link check, the security headers' check and the
 * sitemap run in separate hooks and share one walk, which also applies the build's page rewrites. The page cache lives in Astro's cache folder, which is one per library
 * and address (`cacheDirFor`), whatever folder the site is written to.
 */
export function builtSite(outDir: string, cacheDir: string): BuiltSite {
  if (last?.outDir !== outDir)
    last = { outDir, site: readBuiltSite(outDir, join(cacheDir, 'lesson-share-built-pages.json')) };
  return last.site;
}

/** Forgets the last build's reading: a build that starts will write other pages (tests build twice in one process). */
export function forgetBuiltSite(): void {
  last = undefined;
}
