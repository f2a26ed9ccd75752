import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { withBase } from '../view/urls.ts';

/** One block of a `_headers` file (Netlify and Cloudflare Pages format): a path pattern and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path on its own line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const { rules, problems } = readHeaders(text);
  const [first] = problems;
  if (first) throw new Error(`_headers line ${first.line}: ${first.message}`);
  return rules;
}

/** A `_headers` file's rules, and each line that is not one (1-based), without throwing. */
export function readHeaders(text: string): {
  rules: HeaderRule[];
  problems: { line: number; message: string }[];
} {
  const rules: HeaderRule[] = [];
  const problems: { line: number; message: string }[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) {
      problems.push({
        line: index + 1,
        message: `expected an indented \`Name: value\` under a path, got \`${line.trim()}\`.`,
      });
      continue;
    }
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  }
  return { rules, problems };
}

/** Writes rules back in `_headers` format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return (
    rules
      .map((rule) =>
        [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
      )
      .join('\n\n') + '\n'
  );
}

/** Whether a URL path matches a rule's pattern: `*` matches anything, `:name` one path segment. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a static host sends for a path: every matching rule in file order, later values winning. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

/** A CSP source for an inline script's or style's exact text: `'sha256-…'`. */
export const hashSource = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What an inline script and style collector gathers: their texts, and the parser events it needs. */
export interface InlineCollector {
  scripts: string[];
  styles: string[];
  handlers: {
    onopentag(name: string, attributes: Record<string, string>): void;
    ontext(text: string): void;
    onclosetag(name: string): void;
  };
}

/**
 * Gathers the text of every inline script and style element from an HTML parser's events, so that the one parse
 * of a built page (src/pipeline/built-pages.ts) finds them beside its links. htmlparser2 never decodes entities in
 * a script or style, whatever its `decodeEntities`.
 */
export function inlineCollector(): InlineCollector {
  const scripts: string[] = [];
  const styles: string[] = [];
  let open: { list: string[]; text: string } | undefined;
  return {
    scripts,
    styles,
    handlers: {
      onopentag(name, attributes) {
        if (name === 'style') open = { list: styles, text: '' };
        else if (name === 'script' && !('src' in attributes) && isJavaScript(attributes['type']))
          open = { list: scripts, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) open.list.push(open.text);
        open = undefined;
      },
    },
  };
}

/**
 * The text of every inline script and style element of a page, read by an HTML parser (htmlparser2), so that text
 * standing in an attribute or in a comment is never taken for an element. External scripts are covered by 'self';
 * JSON and other data blocks never execute.
 */
export function inlineElements(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles, handlers } = inlineCollector();
  const parser = new Parser(handlers, { decodeEntities: false });
  parser.write(html);
  parser.end();
  return { scripts, styles };
}

/** CSP sources for every inline script and style in a page, as a browser would find them. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = inlineElements(html);
  return { scripts: scripts.map(hashSource), styles: styles.map(hashSource) };
}

function isJavaScript(type: string | undefined): boolean {
  const value = type?.trim().toLowerCase();
  return (
    !value ||
    value === 'module' ||
    value === 'text/javascript' ||
    value === 'application/javascript'
  );
}

/** A policy with extra sources added to one directive (created if missing), without duplicates. */
export function addSources(policy: string, directive: string, sources: readonly string[]): string {
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = directives.findIndex((part) => part.split(/\s+/)[0] === directive);
  const current = index === -1 ? [directive] : (directives[index] ?? directive).split(/\s+/);
  const merged = [...current, ...sources.filter((source) => !current.includes(source))].join(' ');
  if (index === -1) directives.push(merged);
  else directives[index] = merged;
  return directives.join('; ');
}

// Directives a `<meta>` policy cannot carry: browsers ignore them there (and say so in the console).
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A policy as a `<meta http-equiv>` element may carry it: the same sources, without the header-only directives. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !HEADER_ONLY_DIRECTIVES.has(part.split(/\s+/)[0] ?? ''))
    .join('; ');
}

const META_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * A page with the policy as its first `<meta>` after the charset, before any script or style it must cover (a meta
 * policy governs only what follows it). Inline scripts and styles are untouched, so their hashes still hold; a page
 * that has one already (copied from the last build) has it replaced.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const attribute = metaPolicy(policy).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attribute}">`;
  if (META_CSP.test(html)) return html.replace(META_CSP, () => meta);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], () => `${charset[0]}${meta}`);
  return html.replace(/<head\b[^>]*>/i, (head) => `${head}${meta}`);
}

/**
 * The response headers the site is published with, written to dist/_headers by the build (never copied from
 * public/): the Content-Security-Policy, to which the build adds the hash of each declared inline script and
 * style, and the other security headers. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; worker-src lets
 * it search in a web worker, which takes its policy from its own response headers (a <meta> policy would not reach it).
 */
export const SITE_HEADERS: readonly HeaderRule[] = [
  {
    pattern: '/*',
    headers: [
      [
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      ],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
      ['X-Frame-Options', 'DENY'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
  },
  // Astro fingerprints these files, so a browser may keep them for good.
  { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  // The favicon rarely changes; cached, it is not fetched again each time the search page updates its address.
  { pattern: '/favicon.svg', headers: [['Cache-Control', 'public, max-age=86400']] },
];

/** The site's headers under its base, the policy allowing exactly the declared inline scripts and styles by hash. */
export function siteHeaders(
  base: string,
  inline: { scripts: readonly string[]; styles: readonly string[] },
): HeaderRule[] {
  const scripts = [...new Set(inline.scripts.map(hashSource))].sort();
  const styles = [...new Set(inline.styles.map(hashSource))].sort();
  return SITE_HEADERS.map((rule) => ({
    pattern: withBase(rule.pattern, base),
    headers: rule.headers.map(([name, value]): [string, string] =>
      name.toLowerCase() === 'content-security-policy'
        ? [name, addSources(addSources(value, 'script-src', scripts), 'style-src', styles)]
        : [name, value],
    ),
  }));
}
