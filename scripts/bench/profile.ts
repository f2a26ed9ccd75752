import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KINDS, type LibraryProfile } from './generate.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;

/** The proportions and body sizes of a real library, for the generator to imitate. */
export function profileOf(contentDir: string): LibraryProfile {
  const counts = { patterns: 0, traps: 0, lessons: 0, events: 0, authors: 0 };
  const bodyChars = { patterns: 0, traps: 0, lessons: 0, events: 0 };
  for (const kind of KINDS) {
    const names = readdirSync(join(contentDir, kind)).filter((name) => /\.(mdx|yaml)$/.test(name));
    counts[kind] = names.length;
    if (kind === 'authors' || names.length === 0) continue;
    const total = names.reduce(
      (sum, name) =>
        sum + readFileSync(join(contentDir, kind, name), 'utf8').replace(FRONTMATTER, '').length,
      0,
    );
    bodyChars[kind] = Math.round(total / names.length);
  }
  return { counts, bodyChars };
}

/** The tag ids of a vocabulary file, in the order written. */
export function tagIds(tagsYaml: string): string[] {
  return Object.keys((parse(tagsYaml) as Record<string, unknown> | null) ?? {});
}
