import type { CollectionName } from '../../schemas/index.ts';
import { didYouMean } from '../text/nearest.ts';
import type { BodyLink, Finding, Library, RuleContext } from '../types.ts';

const ENTRY_LINK = /^\/(patterns|traps|lessons|events|authors|tags)\/([^/#?]+)\/?(?:[#?].*)?$/;
const SITE_PAGES =
  /^\/(?:(?:patterns|traps|lessons|events|authors|tags|about|search)\/)?(?:[#?].*)?$/;

/** Links in a body to entries that do not exist, other internal paths the site does not have, and malformed external URLs. */
export function checkLinks(
  file: string,
  links: readonly BodyLink[],
  ids: Record<CollectionName, Set<string>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const { url, line, column } of links) {
    const at = { file, line, column, rule: 'links', severity: 'error' as const };
    if (/^https?:/i.test(url)) {
      if (!URL.canParse(url))
        findings.push({ ...at, message: `\`${url}\` is not a well-formed address.` });
      continue;
    }
    if (!url.startsWith('/')) continue;
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
    } else if (!SITE_PAGES.test(url)) {
      findings.push({
        ...at,
        message: `\`${url}\` is not a page of the library: link to an entry like /patterns/pre-mortem/ or a list like /lessons/.`,
      });
    }
  }
  return findings;
}

/** The `links` rule: the links analyseFile found in each checked body, resolved against the library. */
export default async function links(library: Library, context: RuleContext): Promise<void> {
  const analyses = await library.analyses();
  for (const entry of library.entries) {
    const analysis = analyses.get(entry.source.file);
    if (analysis) context.report(...checkLinks(entry.source.file, analysis.links, library.ids));
  }
}
