import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A throwaway copy of a content folder, to change without touching the original. */
export function copyLibrary(from: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lesson-share-content-')), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** The raw frontmatter of every MDX entry in a content folder, by `collection/id`. */
export function readFrontmatter(contentDir: string): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const collection of ['patterns', 'traps', 'lessons', 'events']) {
    for (const name of readdirSync(join(contentDir, collection)).filter((n) => n.endsWith('.mdx'))) {
      const text = readFileSync(join(contentDir, collection, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      result.set(`${collection}/${name.slice(0, -4)}`, parse(yaml) as Record<string, unknown>);
    }
  }
  return result;
}
