import { dirname, join, relative, resolve } from 'node:path';
import { cacheDirFromEnv, openCache, type CheckCache } from './cache.ts';
import { sortFindings } from './sort-findings.ts';
import { inputOf } from './input.ts';
import { knownWords } from '../text/known-words.ts';
import { applyIgnores, readIgnores, type Silenced } from './ignores.ts';
import { readLibrary, type CheckedEntry } from '../../reader/read-entries.ts';
import { analyseInPool, canUsePool, POOL_THRESHOLD, poolSize, poolThreads } from './pool.ts';
import type {
  FileAnalysis,
  FileInput,
  FileRule,
  Finding,
  Ignore,
  Library,
  LibraryRule,
  SchemaResult,
} from '../types.ts';
import { rules } from '../rules/index.ts';
import { permalinkEntries } from '../entries/permalinks.ts';
import type { PermalinkEntry } from '../../domain/permalinks.ts';
import type { SourceFile } from '../../reader/source.ts';
import type { CheckedBody, CheckedLibrary } from '../../reader/handoff.ts';

/** What to check. */
export interface CheckOptions {
  /** The content folder. */
  contentDir: string;
  /** Findings name files relative to this folder (the repository root). */
  root?: string;
  /** Check only these files (paths relative to `root`); the rest of the library is still read for references. */
  only?: string[] | undefined;
  /** The static files folder; default `<root>/public`. */
  publicDir?: string;
  /** What counts as "the future" for dates; default now. */
  today?: Date;
  /** The manifest of published URLs; default `permalinks.json` beside the content folder. */
  manifest?: string;
  /** Where per-file results are cached between runs, or false for none; default from `LESSON_SHARE_CHECK_CACHE` (see cache.ts). */
  cache?: string | false;
  /** Worker threads for the per-file rules; default from `LESSON_SHARE_CHECK_WORKERS`, else one per core. Fewer than 2 means none. */
  workers?: number;
  /** The fewest files to analyse that start the worker threads; default POOL_THRESHOLD. */
  poolThreshold?: number;
}

/** How a run obtained its per-file results. */
export interface CheckStats {
  /** Files whose per-file rules ran in this run. */
  analysed: number;
  /** Files whose per-file results came from the cache. */
  cached: number;
  /** Worker threads started (0: all on the main thread). */
  workers: number;
  /** Why the worker threads failed, when the main thread had to take their files over. */
  poolError?: string;
}

/** The outcome of one check run. */
export interface CheckReport {
  findings: Finding[];
  /** Findings a `check-ignore` comment silenced, listed for the reviewer. */
  silenced: Silenced[];
  /** How many files were checked. */
  files: number;
  stats: CheckStats;
  /** Every entry's URL and former slugs, as read for the permalink rule: the build writes `_redirects` from them. */
  permalinks: PermalinkEntry[];
  /** Every entry as read, and every body the rules parsed, rendered from that same parse: the build stores these instead of reading again. */
  library: CheckedLibrary;
}

const workersFromEnv = (env: NodeJS.ProcessEnv = process.env) => {
  const value = Number(env['LESSON_SHARE_CHECK_WORKERS']);
  return env['LESSON_SHARE_CHECK_WORKERS'] && Number.isInteger(value) ? value : poolSize();
};

/** Runs every rule over the library (or the named files) and returns every finding, sorted. */
export async function runCheck({
  contentDir,
  root = process.cwd(),
  only,
  publicDir = join(root, 'public'),
  today = new Date(),
  manifest = join(dirname(resolve(contentDir)), 'permalinks.json'),
  cache: cacheDir = cacheDirFromEnv(),
  workers = workersFromEnv(),
  poolThreshold = POOL_THRESHOLD,
}: CheckOptions): Promise<CheckReport> {
  const cache = cacheDir === false ? undefined : tryOpenCache(cacheDir, contentDir, root);
  const library = readLibrary(contentDir, root, cache);
  const wanted = only && new Set(only.map((file) => resolve(root, file)));
  const included = (file: string) => !wanted || wanted.has(resolve(root, file));
  const entries = library.entries.filter((entry) => included(entry.source.file));
  // Per-file rules run once per file (tags.yaml holds many entries).
  const files = new Map(
    entries.map((entry) => [
      entry.source.file,
      { source: entry.source, collection: entry.collection },
    ]),
  );
  const known = libraryWords(library.entries);

  // The per-file rules: from the cache where the text was analysed before, else on worker
  // threads when there are enough files to pay for starting them, else here.
  const analyses = new Map<string, FileAnalysis>();
  const missing: FileInput[] = [];
  for (const [file, { source, collection }] of files) {
    const cached = cache?.analysis(file, source.text, collection, known);
    if (cached) analyses.set(file, cached);
    else missing.push(inputOf(source, collection));
  }
  const stats: CheckStats = {
    analysed: missing.length,
    cached: files.size - missing.length,
    workers: 0,
  };
  const pooled = workers >= 2 && missing.length >= poolThreshold && canUsePool();
  if (pooled) stats.workers = poolThreads(missing.length, workers);
  const analysing = pooled
    ? analyseInPool(missing, [...known], workers).catch((error: unknown) => error as Error)
    : undefined;
  let analysed: Promise<ReadonlyMap<string, FileAnalysis>> | undefined;
  const finishAnalyses = async () => {
    const result = await analysing;
    if (result instanceof Error) stats.poolError = result.message;
    const fresh = Array.isArray(result) ? result : await analyseHere(missing, known);
    missing.forEach(({ file, text, collection }, index) => {
      const analysis = fresh[index] as FileAnalysis;
      analyses.set(file, analysis);
      cache?.setAnalysis(file, text, collection, analysis);
    });
    cache?.save(only ? undefined : new Set(library.entries.map((entry) => entry.source.file)));
    return analyses;
  };

  // Meanwhile, the library rules; those that read the per-file results wait for them, the others run
  // now, yielding now and then so the workers are handed their next batches.
  const schemas = new Map<CheckedEntry, SchemaResult>();
  const ignoresRead = new Map<SourceFile, ReturnType<typeof readIgnores>>();
  const { checkSchema } = await import('../entries/schema.ts');
  const checked: Library = {
    all: library.entries,
    entries,
    unreadable: library.unreadable,
    files: new Map([...files].map(([file, { source }]) => [file, source])),
    ids: library.ids,
    only: only !== undefined,
    included,
    root,
    contentDir,
    publicDir,
    manifest,
    today,
    schema(entry) {
      let result = schemas.get(entry);
      if (!result) schemas.set(entry, (result = checkSchema(entry)));
      return result;
    },
    ignores(source) {
      let result = ignoresRead.get(source);
      if (!result) ignoresRead.set(source, (result = readIgnores(source, source.text)));
      return result;
    },
    analyses: () => (analysed ??= finishAnalyses()),
    async each(list, visit) {
      for (const [index, entry] of list.entries()) {
        visit(entry);
        if (analysing && index % 100 === 99) await new Promise((next) => setImmediate(next));
      }
    },
  };
  const findings = await runLibraryRules(checked, relative(root, contentDir) || 'content');
  await checked.analyses();

  // The per-file rules' findings, in the registry's order.
  const fileRules = rules.filter((rule): rule is FileRule => rule.kind === 'file');
  const ignores = new Map<string, Ignore[]>();
  for (const [file, { source }] of files) {
    const analysis = analyses.get(file) as FileAnalysis;
    for (const rule of fileRules) findings.push(...(analysis.findings[rule.id] ?? []));
    ignores.set(file, checked.ignores(source).ignores);
  }
  const kept: Finding[] = [];
  const silenced: Silenced[] = [];
  for (const [file, fileFindings] of groupBy(dedupe(findings), (f) => f.file)) {
    const result = applyIgnores(fileFindings, ignores.get(file) ?? []);
    kept.push(...result.kept);
    silenced.push(...result.silenced);
  }
  const count = new Set(
    [...files.keys(), ...library.unreadable.map((u) => u.file)].filter(included),
  );
  return {
    findings: sortFindings(kept),
    silenced,
    files: count.size,
    stats,
    permalinks: permalinkEntries(library.entries),
    library: { entries: library.entries, bodies: bodiesOf(files, analyses) },
  };
}

/** The library rules, all at once; each one's findings, or the finding that it failed. */
async function runLibraryRules(checked: Library, content: string): Promise<Finding[]> {
  const libraryRules = rules.filter((rule): rule is LibraryRule => rule.kind === 'library');
  const reported = await Promise.all(
    libraryRules.map(async (rule) => {
      const found: Finding[] = [];
      try {
        await (
          await rule.load()
        ).default(checked, { report: (...findings) => found.push(...findings) });
      } catch (error) {
        // A rule that stops on input it did not foresee fails the check with a finding, never a stack trace.
        found.push(ruleFailed(rule.id, content, error));
      }
      return found;
    }),
  );
  return reported.flat();
}

/** Every body the rules rendered, with the text it came from, for the content store. */
function bodiesOf(
  files: ReadonlyMap<string, { source: SourceFile }>,
  analyses: ReadonlyMap<string, FileAnalysis>,
): Map<string, CheckedBody> {
  const bodies = new Map<string, CheckedBody>();
  for (const [file, { source }] of files) {
    const { rendered, knownUses } = analyses.get(file) as FileAnalysis;
    if (rendered) bodies.set(file, { text: source.text, rendered, knownUses });
  }
  return bodies;
}

/** The finding of a rule that stopped on an error: the check fails closed, naming the rule and the error. */
export function ruleFailed(rule: string, file: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file: file.split('\\').join('/'),
    line: 1,
    column: 1,
    rule,
    severity: 'error',
    message: `the rule stopped on something it could not read (${message.split('\n')[0]}): fix what it names, or report it to the maintainers with this file.`,
  };
}

// A cache that cannot be read (say, a dependency's package.json that does not parse) means a run without one, never a failed check.
function tryOpenCache(dir: string, contentDir: string, root: string): CheckCache | undefined {
  try {
    return openCache(dir, contentDir, root);
  } catch {
    return undefined;
  }
}

// The per-file rules on this thread, loaded only when needed: a run served by the cache or the pool never loads their libraries here.
async function analyseHere(
  inputs: readonly FileInput[],
  known: ReadonlySet<string>,
): Promise<FileAnalysis[]> {
  if (inputs.length === 0) return [];
  const { analyseFile } = await import('./analyse.ts');
  const analyses: FileAnalysis[] = [];
  for (const input of inputs) analyses.push(await analyseFile(input, known));
  return analyses;
}

// Authors' names, entry titles and tag labels, read straight from each entry's YAML.
const libraryWords = (entries: CheckedEntry[]) =>
  knownWords(
    entries.flatMap((e) => {
      const data = e.path.reduce<unknown>(
        (value, key) => (value as Record<string, unknown> | undefined)?.[key],
        e.source.data,
      ) as Record<string, unknown> | undefined;
      return [data?.['name'], data?.['title'], data?.['label']].filter(
        (v): v is string => typeof v === 'string',
      );
    }),
  );

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// tags.yaml broken as a whole would otherwise be reported once per tag.
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.column}:${f.rule}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
