import { readBuiltSite, type BuiltSite } from '../pipeline/built-pages.ts';
import { withoutBase } from '../view/urls.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page the link is on, as a URL path. */
  page: string;
  href: string;
  reason: string;
}

/**
 * Every internal link and `#fragment` in a built site that does not resolve to a page and an id on it, and every
 * link that leaves `base`, the path the site is served under (`/library/` for a GitHub Pages project site):
 * `dist/` holds what lies under the base, so a link outside it leads nowhere.
 */
export function brokenLinksIn(site: BuiltSite, base = '/'): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (url: string) => {
    let set = ids.get(url);
    if (!set) {
      const facts = site.pages.get(url);
      if (!facts) return undefined;
      set = new Set(facts.ids);
      ids.set(url, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const [page, facts] of site.pages) {
    for (const href of facts.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [path = '', fragment] = href.split('#');
      const served = new URL(path, `https://site${base}${page.slice(1)}`).pathname;
      const target = path === '' ? page : withoutBase(served, base);
      if (target === undefined) {
        broken.push({ page, href, reason: `${served} is outside the site's base path ${base}` });
        continue;
      }
      const found = idsOf(target) ?? idsOf(target.replace(/\/?$/, '/'));
      // Feeds, images and other files are links too: they only need to exist.
      if (!found && !fragment && site.files.has(decodeURIComponent(target))) continue;
      if (!found) broken.push({ page, href, reason: `no page at ${target}` });
      else if (fragment && !found.has(decodeURIComponent(fragment)))
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
    }
  }
  return broken;
}

/** {@link brokenLinksIn} a built site's folder, read now. */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
  return brokenLinksIn(readBuiltSite(outDir), base);
}
