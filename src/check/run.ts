import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CollectionName } from '../schemas/index.ts';
import type { FileAnalysis } from './analyse.ts';
import { cacheDirFromEnv, openCache, type CheckCache } from './cache.ts';
import { sortFindings, type Finding } from './finding.ts';
import { inputOf, type FileInput } from './input.ts';
import { knownWords } from './known-words.ts';
import { applyIgnores, readIgnores, type Ignore, type Silenced } from './ignores.ts';
import { readLibrary, type CheckedEntry } from './read-entries.ts';
import { analyseInPool, canUsePool, POOL_THRESHOLD, poolSize, poolThreads } from './pool.ts';
import { checkComponentReferences } from './rules/components.ts';
import { checkDates } from './rules/dates.ts';
import { checkEvidence, citations, citingLessons } from './rules/evidence.ts';
import { checkLinks } from './rules/links.ts';
import { checkPermalinks, permalinkEntries } from './rules/permalinks.ts';
import type { PermalinkEntry } from '../domain/permalinks.ts';
import { checkPublicFiles } from './rules/public-files.ts';
import { checkPublicText } from './rules/public-text.ts';
import { checkReferences } from './rules/references.ts';
import { checkSchema } from './rules/schema.ts';
import { checkSlugs } from './rules/slugs.ts';
import type { SourceFile } from './source.ts';
import type { CheckedBody, CheckedLibrary } from '../loaders/handoff.ts';

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
  // Whole-file rules run once per file (tags.yaml holds many entries).
  const files = new Map<string, { source: SourceFile; collection: CollectionName }>(entries.map((entry) => [entry.source.file, { source: entry.source, collection: entry.collection }]));
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
  const stats: CheckStats = { analysed: missing.length, cached: files.size - missing.length, workers: 0 };
  const pooled = workers >= 2 && missing.length >= poolThreshold && canUsePool();
  if (pooled) stats.workers = poolThreads(missing.length, workers);
  const analysing = pooled ? analyseInPool(missing, [...known], workers).catch((error: unknown) => error as Error) : undefined;

  // Meanwhile, the cross-file rules, yielding now and then so the workers are handed their next batches.
  const findings: Finding[] = library.unreadable
    .filter((u) => included(u.file))
    .map((u) => ({ file: u.file, line: 1, column: 1, rule: u.rule ?? 'schema', severity: 'error', message: u.reason }));
  findings.push(...checkSlugs(library.entries).filter((f) => included(f.file)));
  findings.push(...checkPublicFiles(publicDir, root).filter((f) => included(f.file)));
  // A removed URL is a problem whichever file is named: the permalink check always runs on the whole library.
  const permalinks = permalinkEntries(library.entries);
  findings.push(...checkPermalinks(manifest, root, permalinks).filter((f) => f.severity === 'error' || !only));
  const context: EntryContext = { ids: library.ids, today, citing: citingLessons(citations(library.entries)) };
  const schemaResults: ReturnType<typeof checkFields>[] = [];
  for (const [index, entry] of entries.entries()) {
    schemaResults.push(checkFields(entry, context));
    if (analysing && index % 100 === 99) await new Promise((next) => setImmediate(next));
  }

  if (existsSync(publicDir)) findings.push(...(await checkPublicText(publicDir, root)).filter((f) => included(f.file)));
  const result = await analysing;
  if (result instanceof Error) stats.poolError = result.message;
  const fresh = Array.isArray(result) ? result : await analyseHere(missing, known);
  missing.forEach(({ file, text, collection }, index) => {
    const analysis = fresh[index] as FileAnalysis;
    analyses.set(file, analysis);
    cache?.setAnalysis(file, text, collection, analysis);
  });
  cache?.save(only ? undefined : new Set(library.entries.map((entry) => entry.source.file)));

  entries.forEach((entry, index) => {
    const analysis = analyses.get(entry.source.file) as FileAnalysis;
    const { findings: fieldFindings, fields } = schemaResults[index] as ReturnType<typeof checkFields>;
    findings.push(...fieldFindings, ...checkEvidence(entry, fields, context.citing, analysis.knownUses ?? 0), ...bodyFindings(entry, analysis, context));
  });
  const ignores = new Map<string, Ignore[]>();
  for (const [file, { source }] of files) {
    const analysis = analyses.get(file) as FileAnalysis;
    findings.push(...analysis.secrets, ...(analysis.anywhere ?? []));
    const read = readIgnores(source, source.text);
    ignores.set(file, read.ignores);
    findings.push(...read.findings);
  }
  const kept: Finding[] = [];
  const silenced: Silenced[] = [];
  for (const [file, fileFindings] of groupBy(dedupe(findings), (f) => f.file)) {
    const result = applyIgnores(fileFindings, ignores.get(file) ?? []);
    kept.push(...result.kept);
    silenced.push(...result.silenced);
  }
  const checked = new Set([...files.keys(), ...library.unreadable.map((u) => u.file)].filter(included));
  const bodies = new Map<string, CheckedBody>();
  for (const [file, { source }] of files) {
    const { rendered, knownUses } = analyses.get(file) as FileAnalysis;
    if (rendered) bodies.set(file, { text: source.text, rendered, knownUses });
  }
  return { findings: sortFindings(kept), silenced, files: checked.size, stats, permalinks, library: { entries: library.entries, bodies } };
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
async function analyseHere(inputs: readonly FileInput[], known: ReadonlySet<string>): Promise<FileAnalysis[]> {
  if (inputs.length === 0) return [];
  const { analyseFile } = await import('./analyse.ts');
  const analyses: FileAnalysis[] = [];
  for (const input of inputs) analyses.push(await analyseFile(input, known));
  return analyses;
}

/** What the per-entry rules need to know about the rest of the library. */
interface EntryContext {
  ids: Parameters<typeof checkReferences>[2];
  today: Date;
  /** The lessons citing each pattern, for the evidence rule. */
  citing: ReturnType<typeof citingLessons>;
}

// Authors' names, entry titles and tag labels, read straight from each entry's YAML.
const libraryWords = (entries: CheckedEntry[]) =>
  knownWords(
    entries.flatMap((e) => {
      const data = e.path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], e.source.data) as Record<string, unknown> | undefined;
      return [data?.['name'], data?.['title'], data?.['label']].filter((v): v is string => typeof v === 'string');
    }),
  );

// The frontmatter rules: schema, then references and dates on the fields that parsed.
function checkFields(entry: CheckedEntry, { ids, today }: EntryContext): { findings: Finding[]; fields: Record<string, unknown> } {
  const { findings, fields } = checkSchema(entry);
  findings.push(...checkReferences(entry, fields, ids), ...checkDates(entry, fields, today));
  return { findings, fields };
}

// The body rules, from the file's analysis: links and components resolved against the library here.
function bodyFindings(entry: CheckedEntry, analysis: FileAnalysis, { ids }: EntryContext): Finding[] {
  const { file } = entry.source;
  // tags.yaml is one file of many entries: its findings, the same for each, are deduplicated.
  if (entry.collection === 'tags' || entry.collection === 'authors') return [...analysis.personalData, ...analysis.blameless, ...analysis.names];
  if (analysis.mdx) return [analysis.mdx];
  return [
    ...analysis.sections,
    ...analysis.mdxSafety,
    ...checkLinks(file, analysis.links, ids),
    ...checkComponentReferences(file, analysis.components, ids),
    ...analysis.personalData,
    ...analysis.blameless,
    ...analysis.names,
  ];
}

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
