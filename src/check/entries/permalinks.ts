import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { PermalinkEntry } from '../../domain/permalinks.ts';
import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locate } from '../../reader/source.ts';

/** The entries with URLs, and their former slugs, read from raw data so a broken field never hides a URL. */
export function permalinkEntries(entries: readonly CheckedEntry[]): PermalinkEntry[] {
  return entries
    .filter((e) => e.id)
    .map((e) => {
      const data = e.path.length ? undefined : (e.source.data as { aliases?: unknown } | undefined);
      const aliases = Array.isArray(data?.aliases)
        ? data.aliases.filter((a): a is string => typeof a === 'string')
        : [];
      return {
        collection: e.collection,
        id: e.id,
        aliases,
        file: e.source.file,
        aliasesAt: aliases.map((_, index) => locate(e.source, ['aliases', index])),
      };
    });
}

/** Why a manifest cannot be read, and where. */
export interface ManifestProblem {
  line: number;
  column: number;
  message: string;
}

/** The published URLs recorded in the manifest (a JSON array, one URL per line), or where and why it does not read as one. */
export function readManifestOrProblem(path: string): { urls: string[]; problem?: ManifestProblem } {
  if (!existsSync(path)) return { urls: [] };
  const text = readFileSync(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const lines = text.split('\n');
    const place = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    // V8 names no position for some errors ("Unexpected token ']'"): a trailing comma, the usual one, is found here.
    const trailingComma = /,\s*[\]}]/.exec(text);
    const at = place
      ? { line: Number(place[1]), column: Number(place[2]) }
      : position
        ? lineColumn(text, Number(position[1]))
        : trailingComma
          ? lineColumn(text, trailingComma.index)
          : { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
    return {
      urls: [],
      problem: {
        ...at,
        message: `permalinks.json is not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})${!place && !position && trailingComma ? ': a comma before the closing bracket here' : ''}: restore it from git, or run \`npm run permalinks\` to write it again.`,
      },
    };
  }
  if (!Array.isArray(value) || value.some((url) => typeof url !== 'string'))
    return {
      urls: Array.isArray(value)
        ? value.filter((url): url is string => typeof url === 'string')
        : [],
      problem: {
        line: 1,
        column: 1,
        message:
          'permalinks.json must be a JSON array of URL paths ("/lessons/x/"): restore it from git, or run `npm run permalinks`.',
      },
    };
  return { urls: value as string[] };
}

const lineColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/** The published URLs recorded in the manifest; throws, naming the file and line, when it does not read as one. */
export function readManifest(path: string): string[] {
  const { urls, problem } = readManifestOrProblem(path);
  if (problem) throw new Error(`${path}:${problem.line}:${problem.column}: ${problem.message}`);
  return urls;
}

/**
 * What to tell a maintainer whose library has no manifest (`path`, named relative to `root`): its URLs are not
 * protected, so renaming an entry would break every link to it without a word. Undefined when the manifest exists.
 * A note rather than a finding: a library starts without one, and the first `npm run permalinks` records it.
 */
export function unprotectedPermalinks(path: string, root: string): string | undefined {
  if (existsSync(path)) return undefined;
  const name = relative(root, path).split(sep).join('/');
  return `${name} does not exist, so this library's published URLs are not protected: a renamed or deleted entry would break every link to it unnoticed. Run \`npm run permalinks\` to record them, and commit ${name}.`;
}

/** Where a library's manifest lives: `permalinks.json` beside its content folder. */
export const manifestBeside = (contentDir: string): string =>
  join(dirname(resolve(contentDir)), 'permalinks.json');
