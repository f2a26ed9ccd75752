import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { KINDS, type GeneratedLibrary, type Kind } from './generate.ts';

// The real-like library: the starting library's own entries, copied whole. Each copy is the
// starting library again (its lessons, patterns, traps, events and authors, with every reference
// and internal link pointing inside the copy), so no event or author grows beyond what the
// starting library shows, and every body is real prose with its real links and structure.

/** Frontmatter keys whose values (or list items) name an entry of a collection. */
const REFERENCE_KEYS: Record<string, Kind> = {
  authors: 'authors',
  reviewers: 'authors',
  patterns: 'patterns',
  related: 'patterns',
  counter_moves: 'patterns',
  pattern: 'patterns',
  traps: 'traps',
  counters: 'traps',
  event: 'events',
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

/** The starting library's entries, by collection: id and file text. */
function readEntries(contentDir: string): Record<Kind, { id: string; text: string }[]> {
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      readdirSync(join(contentDir, kind))
        .filter((name) => /\.(mdx|yaml)$/.test(name))
        .sort()
        .map((name) => ({
          id: name.replace(/\.(mdx|yaml)$/, ''),
          text: readFileSync(join(contentDir, kind, name), 'utf8'),
        })),
    ]),
  ) as Record<Kind, { id: string; text: string }[]>;
}

/**
 * The starting library copied until it holds about `entries` entries (whole copies, at least one).
 * The first copy is the starting library itself; copy n gives every id the suffix `-n` and every
 * title and author name the suffix ` n`, and rewrites the references and `/kind/id/` links to match.
 */
export function multiplyLibrary(contentDir: string, entries: number): GeneratedLibrary {
  const source = readEntries(contentDir);
  const ids = Object.fromEntries(
    KINDS.map((kind) => [kind, new Set(source[kind].map((e) => e.id))]),
  ) as Record<Kind, Set<string>>;
  const perCopy = KINDS.reduce((n, kind) => n + source[kind].length, 0);
  const copies = Math.max(1, Math.round(entries / perCopy));
  const files = new Map<string, string>();
  const linkPattern = new RegExp(`/(${KINDS.join('|')})/([a-z0-9-]+)/`, 'g');
  for (let copy = 1; copy <= copies; copy++) {
    const id = (kind: Kind, value: string) =>
      copy > 1 && ids[kind].has(value) ? `${value}-${copy}` : value;
    const named = (text: string) => (copy > 1 ? `${text} ${copy}` : text);
    // References anywhere in the frontmatter: lists, single values, nested objects (actions, relations).
    const rewrite = (value: unknown, key?: string): unknown => {
      const kind = key === undefined ? undefined : REFERENCE_KEYS[key];
      if (typeof value === 'string') return kind ? id(kind, value) : value;
      if (Array.isArray(value)) return value.map((item) => rewrite(item, key));
      if (value && typeof value === 'object')
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === 'title' || k === 'name' ? named(String(v)) : rewrite(v, k),
          ]),
        );
      return value;
    };
    const links = (body: string) =>
      body.replace(linkPattern, (whole, kind: Kind, target: string) =>
        ids[kind].has(target) ? `/${kind}/${id(kind, target)}/` : whole,
      );
    for (const kind of KINDS) {
      for (const entry of source[kind]) {
        if (kind === 'authors') {
          const data = rewrite(parse(entry.text)) as Record<string, unknown>;
          files.set(`authors/${id(kind, entry.id)}.yaml`, stringify(data, { lineWidth: 0 }));
          continue;
        }
        const match = FRONTMATTER.exec(entry.text);
        const data = rewrite(parse(match?.[1] ?? '')) as Record<string, unknown>;
        const body = entry.text.slice(match?.[0].length ?? 0);
        files.set(
          `${kind}/${id(kind, entry.id)}.mdx`,
          `---\n${stringify(data, { lineWidth: 0 })}---\n${links(body)}`,
        );
      }
    }
  }
  const counts = Object.fromEntries(
    KINDS.map((kind) => [kind, source[kind].length * copies]),
  ) as Record<Kind, number>;
  return { files, counts };
}
