import type { Definition, Link, LinkReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { misleadingLink } from '../../markdown/mdx-safety.ts';
import { LINK_KINDS } from '../../schemas/vocabulary.ts';
import type { CheckedFile, FileContext, Finding } from '../types.ts';

// The hosts a profile link of each kind lives on (LINK_KINDS in src/schemas/vocabulary.ts names the kinds): the
// author page shows the kind's icon and label, so a `github` link must go to GitHub. A Mastodon server, a website
// and "other" may be anywhere; GitLab may be self-hosted (`gitlab.<company>.<tld>`).
const KIND_HOSTS: Record<string, { pattern: RegExp; shown: string }> = {
  github: { pattern: /^(?:www\.)?github\.com$/, shown: '`github.com`' },
  gitlab: {
    pattern: /^(?:www\.)?gitlab\.com$|^gitlab\.[\w-]+(?:\.[\w-]+)+$/,
    shown: '`gitlab.com` or a GitLab server',
  },
  linkedin: { pattern: /^(?:[\w-]+\.)?linkedin\.com$/, shown: '`linkedin.com`' },
  bluesky: { pattern: /^(?:www\.)?bsky\.app$/, shown: '`bsky.app`' },
};

// A link's text that reads as a path of this site: `/patterns/pre-mortem/`, `lessons/premortem-i-skipped`.
const SITE_PATH_TEXT =
  /^\s*(?:\/[^\s]*|(?:patterns|traps|lessons|events|authors|tags|about|search)\/[^\s]*)\s*$/i;

// Letters a lookalike host swaps in for the site's own: digits for letters, `rn` for `m`, `vv` for `w`.
const CONFUSABLE: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/[1|]/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/[-_.]/g, ''],
];
const skeleton = (host: string) =>
  CONFUSABLE.reduce((text, [from, to]) => text.replace(from, to), host.toLowerCase());

/** Levenshtein distance, stopping early past `limit` (hosts are short). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

/** Whether `host` imitates the site's own `site` host: holds it, spells it with other separators or letters, or is a letter or two from it. */
export function imitates(host: string, site: string): boolean {
  if (host === site || host.endsWith(`.${site}`)) return false;
  // A host of punycode letters that is not the site's shows another script's lookalike letters.
  if (host.includes(site)) return true;
  const [hostSkeleton, siteSkeleton] = [skeleton(host), skeleton(site)];
  if (hostSkeleton.includes(siteSkeleton)) return true;
  // The site's name without its public suffix (`lesson-share`), when long enough to be a name of its own.
  const name = skeleton(site.split('.')[0] ?? '');
  if (name.length >= 6 && hostSkeleton.includes(name)) return true;
  return distance(hostSkeleton, siteSkeleton, 2) <= 2;
}

const parse = (url: string) => {
  try {
    return new URL(url.trim());
  } catch {
    return undefined;
  }
};

/** Why a link to `url` with text `text` deceives, or undefined. `site` is the site's host, when known. */
export function deceptiveLink(text: string, url: string, site?: string): string | undefined {
  // A text showing another host is mdx-safety's finding (`misleadingLink`): one finding a link.
  if (!/^\s*https?:/i.test(url) || misleadingLink(text, url)) return undefined;
  const target = parse(url);
  if (!target) return undefined;
  const host = target.hostname.toLowerCase();
  // `https://github.com@evil.example.net/`: a reader reads the part before `@` as the address.
  if (target.username && !target.password)
    return `\`${url.trim()}\` goes to \`${host}\`, not to \`${decodeURIComponent(target.username)}\`: the part before \`@\` is a user name a reader takes for the address. Remove it and write the address it goes to.`;
  if (site && imitates(host, site))
    return `\`${host}\` imitates this site's own address \`${site}\`: a reader would take it for a page of this library. Link to the page itself with a path like /patterns/pre-mortem/, or to the site it really is.`;
  if (SITE_PATH_TEXT.test(text) && host !== site && !(site && host.endsWith(`.${site}`)))
    return `the link's text shows \`${text.trim()}\`, a path of this site, but it goes to \`${host}\`: link to the path itself ([${text.trim()}](${text.trim().replace(/^(?!\/)/, '/')})), or write the address it goes to as its text.`;
  return undefined;
}

/** Every link of a body, its text and address, with link references resolved through their definitions. */
function bodyLinks(
  tree: Root,
): { node: Link | LinkReference | Definition; text: string; url: string }[] {
  const definitions = new Map<string, Definition>();
  const references: LinkReference[] = [];
  const found: { node: Link | LinkReference | Definition; text: string; url: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') found.push({ node, text: toString(node), url: node.url });
    else if (node.type === 'definition') definitions.set(node.identifier, node);
    else if (node.type === 'linkReference') references.push(node);
  });
  for (const reference of references) {
    const definition = definitions.get(reference.identifier);
    if (definition) found.push({ node: reference, text: toString(reference), url: definition.url });
  }
  return found;
}

/** An author's profile links, each with its kind, URL and where its URL stands (1-based line and column). */
function profileLinks(text: string): { kind: string; url: string; line: number; column: number }[] {
  const document = parseDocument(text, { uniqueKeys: false });
  const links = isMap(document.contents) ? document.contents.get('links', true) : undefined;
  if (!isSeq(links)) return [];
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const at = (offset: number) => {
    const line = starts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - (starts[line] as number) + 1 };
  };
  return links.items.flatMap((item) => {
    if (!isMap(item)) return [];
    const url = item.get('url', true);
    const kind = item.get('kind');
    if (!isScalar(url) || typeof url.value !== 'string' || typeof kind !== 'string') return [];
    return [{ kind, url: url.value, ...at(url.range?.[0] ?? 0) }];
  });
}

/** The `deceptive-links` rule: links whose text, host or kind says one place and goes to another. */
export default function deceptiveLinks(file: CheckedFile, context: FileContext): void {
  const findings: Finding[] = [];
  const report = (line: number, column: number, message: string) =>
    findings.push({
      file: file.file,
      line,
      column,
      rule: 'deceptive-links',
      severity: 'error',
      message,
    });
  const site = context.siteHost;
  if (file.tree)
    for (const { node, text, url } of bodyLinks(file.tree)) {
      const why = deceptiveLink(text, url, site);
      const start = node.position?.start;
      if (why && start) report(start.line + file.bodyLine - 1, start.column, why);
    }
  // Every address a contributor gives in YAML (an author's links, a source's URL) is held to the same rules.
  for (const value of file.yaml)
    if (value.text.includes('://') && value.kind !== 'comment') {
      const why = deceptiveLink('', value.text, site);
      if (why) report(value.line, value.column, why);
    }
  if (file.collection === 'authors' && file.text.includes('links'))
    for (const link of profileLinks(file.text)) {
      const expected = KIND_HOSTS[link.kind];
      const target = parse(link.url);
      const host = target?.hostname.toLowerCase();
      // An address with a user name before `@` is reported above, once.
      if (expected && host && !target?.username && !expected.pattern.test(host))
        report(
          link.line,
          link.column,
          `a \`${link.kind}\` link must go to ${expected.shown}, but \`${link.url}\` goes to \`${host}\`: the author page shows it with the ${LINK_KINDS[link.kind as keyof typeof LINK_KINDS].label} icon. Use the kind \`website\` or \`other\` for this address.`,
        );
    }
  context.report(...findings);
}
