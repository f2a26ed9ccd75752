/** What `npm run new` reads from the content folder: the ids a new entry may refer to, and the slugs already taken. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { toSlug } from '../../src/check/text/slugs.ts';
import { SCAFFOLD_KINDS, type LibraryChoices, type ScaffoldKind } from './questions.ts';

// An unreadable file gives its id and nothing more: the scaffolder still lists it, and the check explains what is wrong.
function readYaml(path: string): Record<string, unknown> {
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readFrontmatter(path: string): Record<string, unknown> {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (yaml === undefined) return {};
  try {
    const data: unknown = parse(yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() ? value.trim() : fallback;

function listIds(contentDir: string, collection: string, extension: string): string[] {
  const folder = join(contentDir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** Reads the ids (and their display names) a new entry may refer to: the scaffolder's one reader of the disk. */
export function readLibraryChoices(contentDir: string): LibraryChoices {
  const entries = (collection: string) =>
    listIds(contentDir, collection, '.mdx').map((id) => {
      const data = readFrontmatter(join(contentDir, collection, `${id}.mdx`));
      return { value: id, name: `${text(data['title'], id)} (${id})` };
    });
  const authors = listIds(contentDir, 'authors', '.yaml').map((id) => {
    const data = readYaml(join(contentDir, 'authors', `${id}.yaml`));
    return {
      value: id,
      name: `${text(data['name'], id)} (${id})`,
      description: text(data['role'], ''),
    };
  });
  const tagsPath = join(contentDir, 'tags.yaml');
  const tagData = existsSync(tagsPath) ? readYaml(tagsPath) : {};
  const tags = Object.entries(tagData)
    .map(([id, tag]) => {
      const fields = tag && typeof tag === 'object' ? (tag as Record<string, unknown>) : {};
      return {
        value: id,
        name: `${text(fields['label'], id)} (${id})`,
        description: text(fields['description'], ''),
      };
    })
    .sort((a, b) => a.value.localeCompare(b.value));
  const patterns = entries('patterns');
  // A slug is taken when a file would publish at the same URL, which is what the slugs rule compares.
  const taken = (kind: ScaffoldKind) => {
    const { collection, extension } = SCAFFOLD_KINDS[kind];
    return new Set(listIds(contentDir, collection, extension).map(toSlug));
  };
  return {
    authors,
    tags,
    events: entries('events'),
    patterns,
    taken: {
      lesson: taken('lesson'),
      pattern: taken('pattern'),
      trap: taken('trap'),
      author: taken('author'),
    },
  };
}
