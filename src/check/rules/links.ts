import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { site } from '../../../site.config.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { siteSections } from '../../view/site-sections.ts';
import { didYouMean } from '../text/nearest.ts';
import type { BodyLink, Finding, Library, RuleContext } from '../types.ts';

const ENTRY_LINK = /^\/(patterns|traps|lessons|events|authors|tags)\/([^/#?]+)\/?(?:[#?].*)?$/;
// The home page, or one page below it: `/health/`, `/about/#why`.
const SITE_PAGE = /^\/(?:([^/#?]+)\/)?(?:[#?].*)?$/;

/** The pages of the site besides its entries: its sections (lists and tools) and its own MDX pages (`site.pages`). */
function sitePages(): Set<string> {
  const names = new Set(Object.keys(siteSections(site)));
  const dir = resolve(site.pages);
  if (existsSync(dir))
    for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) names.add(name.slice(0, -4));
  return names;
}

const isSitePage = (url: string, pages: Set<string>) => {
  const page = SITE_PAGE.exec(url);
  return page !== null && (page[1] === undefined || pages.has(page[1]));
};

// A scheme (`https:`, `mailto:`, `data:`), or `//host`: an address elsewhere, which `mdx-safety` judges.
const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const IMAGE_HELP =
  "an entry shows only images a maintainer has put in the site's `public/` folder (ask one to add it, then write `/its-name.png`), or says in words what it showed.";

/** Whether `path` (a URL path such as `/charts/override.png`) names a file in `publicDir`, and not above it. */
export function inPublicDir(publicDir: string, path: string): boolean {
  let relativePath: string;
  try {
    relativePath = normalize(decodeURIComponent(path).replace(/^\/+/, ''));
  } catch {
    return false;
  }
  if (relativePath.startsWith('..') || relativePath.split(sep).includes('..')) return false;
  try {
    return statSync(join(publicDir, relativePath)).isFile();
  } catch {
    return false;
  }
}

/** An image in a body that is no file of the site's `public/` folder (remote images are `mdx-safety`'s). */
function checkImage(url: string, isPublicFile: (path: string) => boolean): string | undefined {
  if (ELSEWHERE.test(url.trim())) return undefined;
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (path.startsWith('/') && isPublicFile(path)) return undefined;
  if (!path.startsWith('/'))
    return `the image \`${url}\` is a relative path, which points somewhere else on every page that shows it: ${IMAGE_HELP}`;
  return `the image \`${url}\` is not a file of the site (no \`public${path}\`): ${IMAGE_HELP}`;
}

/**
 * Links in a body to entries that do not exist, other internal paths the site does not have, relative links,
 * malformed external URLs, and images that are no file of the site's `public/` folder (`isPublicFile`); `pages` are
 * the site's pages besides entries (`/health/`, `/about/`).
 */
export function checkLinks(
  file: string,
  links: readonly BodyLink[],
  ids: Record<CollectionName, Set<string>>,
  isPublicFile: (path: string) => boolean = () => false,
  pages: Set<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  for (const { url, line, column, image } of links) {
    const at = { file, line, column, rule: 'links', severity: 'error' as const };
    if (image) {
      const message = checkImage(url, isPublicFile);
      if (message) findings.push({ ...at, message });
      continue;
    }
    if (/^https?:/i.test(url)) {
      if (!URL.canParse(url))
        findings.push({ ...at, message: `\`${url}\` is not a well-formed address.` });
      continue;
    }
    if (!url.startsWith('/')) {
      // A relative link resolves against each page that shows the body (its page, a feed, a list): it breaks on most.
      if (url.trim() !== '' && !url.includes(':') && !/^[#?]/.test(url))
        findings.push({
          ...at,
          message: `\`${url}\` is a relative link, which leads somewhere else on every page that shows it: write it from the site's root, like /patterns/<slug>/ or /lessons/.`,
        });
      continue;
    }
    const match = ENTRY_LINK.exec(url);
    if (match) {
      const [, collection, id = ''] = match as unknown as [string, CollectionName, string];
      if (!ids[collection].has(id))
        findings.push({
          ...at,
          message: `\`${url}\` links to no entry: there is no ${collection.replace(/s$/, '')} \`${id}\`.${didYouMean(id, ids[collection])}`,
        });
      else if (!url.includes(`/${id}/`))
        findings.push({
          ...at,
          message: `\`${url}\` needs a trailing slash: \`/${collection}/${id}/\`.`,
        });
    } else if (!isSitePage(url, pages)) {
      findings.push({
        ...at,
        message: `\`${url}\` is not a page of the library: link to an entry like /patterns/pre-mortem/, a list like /lessons/ or a page of the site like /about/.`,
      });
    }
  }
  return findings;
}

/** The `links` rule: the links analyseFile found in each checked body, resolved against the library. */
export default async function links(library: Library, context: RuleContext): Promise<void> {
  const analyses = await library.analyses();
  const pages = sitePages();
  for (const entry of library.entries) {
    const analysis = analyses.get(entry.source.file);
    if (analysis)
      context.report(
        ...checkLinks(
          entry.source.file,
          analysis.links,
          library.ids,
          (path) => inPublicDir(library.publicDir, path),
          pages,
        ),
      );
  }
}
