import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, REGISTRY, type CollectionName } from '../schemas/index.ts';
import { parseSource, unifyLineEndings, type ParsedYaml, type SourceFile } from './source.ts';

/** One entry as the checker sees it: where it lives, what it is called, and its parsed source. */
export interface CheckedEntry {
  collection: CollectionName;
  /** The slug, taken from the file name (or the key, for tags). */
  id: string;
  source: SourceFile;
  /** Path inside the YAML to this entry's data ([] for a whole file, [id] for a tag). */
  path: string[];
}

/** What a rule about the body needs to know of its entry: the collection, the file, and the line the body starts on. */
export interface BodyOf {
  collection: CollectionName;
  source: Pick<SourceFile, 'file' | 'bodyLine'>;
}

/** A file that could not be read as an entry at all. */
export interface UnreadableFile {
  file: string;
  reason: string;
  /** The rule that reports it: `schema` for a file that is not an entry, `files` for what is not a plain file. */
  rule?: string;
}

/** Every entry of a library, read from disk once. */
export interface LibrarySource {
  entries: CheckedEntry[];
  unreadable: UnreadableFile[];
  /** Every id per collection, including those of files that fail other rules. */
  ids: Record<CollectionName, Set<string>>;
}

/** Earlier parses of files' YAML to reuse, and where to record new ones (the check's cache). */
export interface ParseMemo {
  parsed(file: string, text: string, collection: CollectionName): ParsedYaml | undefined;
  setParsed(file: string, text: string, collection: CollectionName, parsed: ParsedYaml): void;
}

// Parses one file, through the memo when there is one.
function parse(
  file: string,
  text: string,
  collection: CollectionName,
  kind: 'mdx' | 'yaml',
  memo: ParseMemo | undefined,
) {
  const earlier = memo?.parsed(file, text, collection);
  const source = parseSource(file, text, kind, earlier);
  if (memo && !earlier && !('missingFrontmatter' in source))
    memo.setParsed(file, text, collection, { data: source.data, yamlErrors: source.yamlErrors });
  return source;
}

const toRepoPath = (root: string, path: string) => relative(root, path).split(sep).join('/');

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, or why it is not UTF-8: UTF-16 (with its byte-order mark or without, told by its zero bytes) or
 * a single-byte encoding such as Latin-1. Read as UTF-8 anyway, such a file would publish replacement characters
 * and hide from every rule what it says.
 */
export function readText(path: string): { text: string } | { reason: string } {
  const bytes = readFileSync(path);
  const fix = 'save it as UTF-8 (most editors: "Save with encoding" or "File encoding: UTF-8").';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      reason: `the file is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian, with a byte-order mark), not UTF-8: ${fix}`,
    };
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  if (sample.length >= 4 && Math.max(evenZeros, oddZeros) > sample.length / 8)
    return {
      reason: `the file is UTF-16 (${oddZeros > evenZeros ? 'little' : 'big'}-endian, without a byte-order mark), not UTF-8: ${fix}`,
    };
  try {
    // The loader reads through here too: the published entry has the line breaks the findings count.
    return { text: unifyLineEndings(UTF8.decode(bytes)) };
  } catch {
    return {
      reason: `the file is not UTF-8 (Latin-1, Windows-1252 or another single-byte encoding?): ${fix}`,
    };
  }
}

/**
 * Why a path in the content folder is not a plain file or folder it may read: a symbolic link (followed, it
 * would publish whatever it points at, say the machine's /etc/passwd), a dangling one, or a folder named like
 * an entry. Undefined when it is what it should be.
 */
export function notPlain(path: string, kind: 'file' | 'folder' | 'any'): string | undefined {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) {
    const dangling = !existsSync(path);
    return `${dangling ? 'a dangling symbolic link' : 'a symbolic link'}: the library publishes only files committed in it. Replace the link with the file itself.`;
  }
  if (kind === 'file' && !stat.isFile())
    return `${stat.isDirectory() ? 'a folder' : 'not a plain file'} named like an entry: an entry is one file. Move its contents out and rename it.`;
  if (kind === 'folder' && !stat.isDirectory())
    return 'not a folder: a collection is a folder of entries.';
  return undefined;
}

/** The entries of one collection and the files in its folder that are not entries; the build's content loader reads with this too. */
export function readCollection(
  contentDir: string,
  collection: CollectionName,
  root = process.cwd(),
  memo?: ParseMemo,
): Pick<LibrarySource, 'entries' | 'unreadable'> {
  const entries: CheckedEntry[] = [];
  const unreadable: UnreadableFile[] = [];
  const { source: where } = REGISTRY[collection];
  // A collection kept in one file: each top-level key is an entry (tags.yaml).
  if ('file' in where) {
    const filePath = join(contentDir, where.file);
    const badFile = lstatSync(filePath, { throwIfNoEntry: false }) && notPlain(filePath, 'file');
    if (badFile)
      unreadable.push({ file: toRepoPath(root, filePath), reason: badFile, rule: 'files' });
    if (badFile || !existsSync(filePath)) return { entries, unreadable };
    const read = readText(filePath);
    if ('reason' in read) {
      unreadable.push({ file: toRepoPath(root, filePath), reason: read.reason, rule: 'files' });
      return { entries, unreadable };
    }
    const source = parse(toRepoPath(root, filePath), read.text, collection, 'yaml', memo);
    if ('missingFrontmatter' in source) return { entries, unreadable };
    const tags = source.data && typeof source.data === 'object' ? Object.keys(source.data) : [];
    if (source.yamlErrors.length) entries.push({ collection, id: '', source, path: [] });
    for (const id of tags) entries.push({ collection, id, source, path: [id] });
    return { entries, unreadable };
  }
  const kind = where.extension;
  const extension = `.${kind}`;
  const folder = join(contentDir, collection);
  if (!existsSync(folder) && !lstatSync(folder, { throwIfNoEntry: false }))
    return { entries, unreadable };
  const badFolder = notPlain(folder, 'folder');
  if (badFolder) {
    unreadable.push({ file: toRepoPath(root, folder), reason: badFolder, rule: 'files' });
    return { entries, unreadable };
  }
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    const file = toRepoPath(root, path);
    const bad = notPlain(path, name.endsWith(extension) ? 'file' : 'any');
    if (bad) {
      unreadable.push({ file, reason: bad, rule: 'files' });
      continue;
    }
    if (!name.endsWith(extension) || name.startsWith('.')) {
      // A dot-file, a note or a folder of them is in the public repository too, and no rule would read it.
      const reason = `only ${extension} entries belong in content/${collection}/${name.startsWith('.') ? ' (a hidden file is published in the repository all the same)' : ''}: move or delete this file.`;
      const nested = `entries stand directly in content/${collection}/, not in a folder (${name}/): nothing would check or publish this file. Move it up, or delete it.`;
      for (const inside of filesIn(path))
        unreadable.push({
          file: toRepoPath(root, inside),
          reason: inside === path ? reason : nested,
          rule: 'files',
        });
      continue;
    }
    const read = readText(path);
    if ('reason' in read) {
      unreadable.push({ file, reason: read.reason, rule: 'files' });
      continue;
    }
    const parsed = parse(file, read.text, collection, kind, memo);
    if ('missingFrontmatter' in parsed) {
      unreadable.push({
        file,
        reason: 'the file must start with frontmatter between two `---` lines',
      });
      continue;
    }
    entries.push({ collection, id: name.slice(0, -extension.length), source: parsed, path: [] });
  }
  return { entries, unreadable };
}

// What content/ may hold beside the collections: its own README, for maintainers.
export const CONTENT_NOTES = new Set(['README.md']);

/**
 * Every file or folder at the top of the content folder that is no collection: a folder whose name differs from a
 * collection's only by case (`Lessons/`), a dot-file, a stray note. Nothing in content/ goes unread.
 */
function strayFiles(contentDir: string, root: string): UnreadableFile[] {
  if (!existsSync(contentDir)) return [];
  const known = new Set<string>(CONTENT_NOTES);
  for (const collection of COLLECTIONS) {
    const { source } = REGISTRY[collection];
    known.add('file' in source ? source.file : collection);
  }
  return readdirSync(contentDir)
    .filter((name) => !known.has(name))
    .sort()
    .flatMap((name) => {
      const twin = [...known].find((k) => k.toLowerCase() === name.toLowerCase());
      return filesIn(join(contentDir, name)).map((path) => ({
        file: toRepoPath(root, path),
        rule: 'files',
        reason: twin
          ? `\`${name}\` differs from the collection \`${twin}\` only by case: on another file system it would be another folder, or the same one. Move its entries into ${twin}.`
          : `\`${name}\` is no collection of the library, so nothing would check or publish it: move entries into ${COLLECTIONS.map(
              (c) => {
                const { source } = REGISTRY[c];
                return 'file' in source ? source.file : `${c}/`;
              },
            ).join(', ')}, or delete it.`,
      }));
    });
}

// Past this many files in a stray folder, the folder is named once more rather than each file.
const MAX_LISTED = 50;

/**
 * The files a finding about a stray path names: the path itself, or, for a folder, each plain file in it (not
 * through symbolic links), so that each file a contributor added is named; an empty or very full folder is named itself.
 */
function filesIn(path: string): string[] {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [path];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (found.length > MAX_LISTED) return;
      const inside = join(dir, entry.name);
      if (entry.isDirectory()) walk(inside);
      else found.push(inside);
    }
  };
  walk(path);
  return found.length === 0 || found.length > MAX_LISTED ? [path] : found;
}

/** Reads every entry under a content folder; paths in findings are relative to `root`. `memo` spares parsing YAML read before. */
export function readLibrary(
  contentDir: string,
  root = process.cwd(),
  memo?: ParseMemo,
): LibrarySource {
  const entries: CheckedEntry[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const collection of COLLECTIONS) {
    const read = readCollection(contentDir, collection, root, memo);
    entries.push(...read.entries);
    unreadable.push(...read.unreadable);
  }
  unreadable.push(...strayFiles(contentDir, root));
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      new Set(entries.filter((e) => e.collection === c && e.id).map((e) => e.id)),
    ]),
  ) as Record<CollectionName, Set<string>>;
  return { entries, unreadable, ids };
}
