import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomicSync } from '../../pipeline/files.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { fingerprintOf } from '../../reader/fingerprint.ts';
import type { ParseMemo } from '../../reader/read-entries.ts';
import { checkSource } from './paths.ts';
import type { ParsedYaml } from '../../reader/source.ts';
import type { FileAnalysis, KnownWords } from '../types.ts';

/** Where per-file results are kept between runs; under node_modules/.cache like the sharing cards, so never committed. */
export const CHECK_CACHE_DIR = resolve('node_modules/.cache/lesson-share/check');

// One file per library and rules version, written with v8's serialisation.
const EXTENSION = '.v8';

/** How many libraries' results are kept (the most recently used); a library is a content folder checked from a root. */
export const MAX_LIBRARIES = 16;

/** The cache folder the environment asks for: `LESSON_SHARE_CHECK_CACHE=off` turns the cache off, a path moves it. */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | false {
  const value = env['LESSON_SHARE_CHECK_CACHE']?.trim();
  if (!value) return CHECK_CACHE_DIR;
  return ['off', '0', 'false', 'no'].includes(value.toLowerCase()) ? false : resolve(value);
}

/** What one file's cached analysis is stored under: its collection and its exact text. */
export function textKey(collection: CollectionName, text: string): string {
  return createHash('sha256').update(`${collection}\0${text}`).digest('hex').slice(0, 32);
}

/**
 * The modules behind the per-file results, as paths in src/check/: the rules themselves (analyse.ts), how a file
 * is read, parsed and handed to them (the reader's read-entries.ts and source.ts, input.ts), and how their results
 * are stored (this file).
 */
export const RULE_CODE = [
  'runner/analyse.ts',
  '../reader/read-entries.ts',
  '../reader/source.ts',
  'runner/input.ts',
  'runner/cache.ts',
] as const;

let rulesFingerprint: string | undefined;

/** The fingerprint of the per-file rules' code and libraries (see fingerprintOf), once per process. */
export function rulesVersion(): string {
  rulesFingerprint ??= fingerprintOf(RULE_CODE.map(checkSource));
  return rulesFingerprint;
}

interface Stored {
  key: string;
  /** The YAML's data, so that an unchanged file is not parsed again. */
  parsed?: ParsedYaml;
  analysis?: FileAnalysis;
}

interface Manifest {
  version: string;
  files: Record<string, Stored>;
}

/** A library's cached results, read once at the start of a run and written once at its end. */
export interface CheckCache extends ParseMemo {
  /** The file's analysis if its text was analysed before by the same rules, and every known-word answer `names` relied on still holds. */
  analysis(
    file: string,
    text: string,
    collection: CollectionName,
    known: KnownWords,
  ): FileAnalysis | undefined;
  /** Records a fresh analysis. */
  setAnalysis(file: string, text: string, collection: CollectionName, analysis: FileAnalysis): void;
  /**
   * Writes the results back, if anything changed. `library` lists every file of the library
   * after a whole-library run, so results of deleted or renamed files are dropped.
   */
  save(library?: ReadonlySet<string>): void;
}

const libraryId = (contentDir: string, root: string) =>
  createHash('sha256')
    .update(`${resolve(contentDir)}\0${resolve(root)}`)
    .digest('hex')
    .slice(0, 16);

function readManifest(path: string, version: string): Manifest {
  try {
    // v8's serialisation, not JSON: YAML data may hold NaN, Infinity and -0, which JSON would change.
    const manifest = deserialize(readFileSync(path)) as Manifest;
    if (manifest.version === version && manifest.files && typeof manifest.files === 'object')
      return manifest;
  } catch {
    // Missing, or unreadable for any reason: start over, it is only a cache.
  }
  return { version, files: {} };
}

/** Opens the cache of one library (a content folder checked from a root) in `dir`, for results of the rules of `version`. */
export function openCache(
  dir: string,
  contentDir: string,
  root: string,
  version = rulesVersion(),
): CheckCache {
  const id = libraryId(contentDir, root);
  const path = join(dir, `${id}-${version}${EXTENSION}`);
  const manifest = readManifest(path, version);
  let changed = false;
  const keys = new Map<string, { text: string; key: string }>();
  // Each file's key once per run, though both its YAML and its analysis ask for it.
  const keyOf = (file: string, text: string, collection: CollectionName) => {
    const known = keys.get(file);
    if (known?.text === text) return known.key;
    const key = textKey(collection, text);
    keys.set(file, { text, key });
    return key;
  };
  const current = (file: string, text: string, collection: CollectionName) => {
    const stored = manifest.files[file];
    return stored?.key === keyOf(file, text, collection) ? stored : undefined;
  };
  const update = (file: string, text: string, collection: CollectionName) => {
    changed = true;
    const stored = current(file, text, collection);
    if (stored) return stored;
    const fresh: Stored = { key: keyOf(file, text, collection) };
    manifest.files[file] = fresh;
    return fresh;
  };
  return {
    parsed: (file, text, collection) => current(file, text, collection)?.parsed,
    setParsed(file, text, collection, parsed) {
      // A copy: the run goes on using the original, and must not change what is written.
      update(file, text, collection).parsed = structuredClone(parsed);
    },
    analysis(file, text, collection, known) {
      const analysis = current(file, text, collection)?.analysis;
      if (!analysis || !Array.isArray(analysis.namesAsked)) return undefined;
      return analysis.namesAsked.every(([word, answer]) => known.has(word) === answer)
        ? analysis
        : undefined;
    },
    setAnalysis(file, text, collection, analysis) {
      update(file, text, collection).analysis = analysis;
    },
    save(library) {
      if (library) {
        for (const file of Object.keys(manifest.files)) {
          if (!library.has(file)) {
            delete manifest.files[file];
            changed = true;
          }
        }
      }
      if (!changed) {
        // Used, if not changed: the pruning below keeps the most recently used libraries.
        try {
          utimesSync(path, new Date(), new Date());
        } catch {
          // Not written yet, or removed by another run meanwhile.
        }
        return;
      }
      try {
        writeAtomicSync(path, serialize(manifest));
        prune(dir, id, path);
      } catch {
        // A read-only or full disk costs the next run its head start, never this run its findings.
      }
    },
  };
}

/** Drops this library's results from older rules, and every library but the most recently used MAX_LIBRARIES. */
function prune(dir: string, id: string, current: string): void {
  const now = Date.now();
  const files = readdirSync(dir).flatMap((name) => {
    try {
      return [{ name, path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }];
    } catch {
      return []; // removed meanwhile by another run
    }
  });
  const manifests = files
    .filter((f) => f.name.endsWith(EXTENSION) && f.path !== current)
    .sort((a, b) => b.mtime - a.mtime);
  const obsolete = (f: { name: string }) => f.name.startsWith(`${id}-`);
  const stale = [
    ...manifests.filter(obsolete),
    ...manifests.filter((f) => !obsolete(f)).slice(MAX_LIBRARIES - 1),
    // Left by a run killed between writing and renaming.
    ...files.filter((f) => f.name.endsWith('.tmp') && now - f.mtime > 60 * 60_000),
  ];
  for (const file of stale) rmSync(file.path, { force: true });
}
