import { createHash } from 'node:crypto';

/** One block of a `_headers` file (Netlify and Cloudflare Pages format): a path pattern and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path on its own line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule)
      throw new Error(
        `_headers line ${index + 1}: expected an indented \`Name: value\` under a path, got \`${line.trim()}\`.`,
      );
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  }
  return rules;
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

/** CSP sources for every inline script and style in a page: `'sha256-…'` of each element's exact text. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hash = (text: string) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    // External scripts are covered by 'self'; JSON and other data blocks never execute.
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes) && isJavaScript(attributes))
    .map(([, , body = '']) => hash(body));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) =>
    hash(body),
  );
  return { scripts, styles };
}

function isJavaScript(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return (
    type === undefined ||
    type === 'module' ||
    type === 'text/javascript' ||
    type === 'application/javascript'
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
