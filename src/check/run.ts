import { dirname, join, resolve } from 'node:path';
import { parseBody } from './body.ts';
import { sortFindings, type Finding } from './finding.ts';
import { applyIgnores, readIgnores, type Ignore, type Silenced } from './ignores.ts';
import { readLibrary, type CheckedEntry } from './library.ts';
import { proseOf } from './prose.ts';
import { checkBlameless } from './rules/blameless.ts';
import { checkComponentReferences } from './rules/components.ts';
import { checkDates } from './rules/dates.ts';
import { checkEvidence, citations } from './rules/evidence.ts';
import { checkLinks } from './rules/links.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkNames, knownWords } from './rules/names.ts';
import { checkPermalinks, permalinkEntries } from './rules/permalinks.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkPublicFiles } from './rules/public-files.ts';
import { checkReferences } from './rules/references.ts';
import { checkSchema } from './rules/schema.ts';
import { checkSecrets } from './rules/secrets.ts';
import { checkSections } from './rules/sections.ts';
import { checkSlugs } from './rules/slugs.ts';

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
}

/** The outcome of one check run. */
export interface CheckReport {
  findings: Finding[];
  /** Findings a `check-ignore` comment silenced, listed for the reviewer. */
  silenced: Silenced[];
  /** How many files were checked. */
  files: number;
}

/** Runs every rule over the library (or the named files) and returns every finding, sorted. */
export async function runCheck({ contentDir, root = process.cwd(), only, publicDir = join(root, 'public'), today = new Date(), manifest = join(dirname(resolve(contentDir)), 'permalinks.json') }: CheckOptions): Promise<CheckReport> {
  const library = readLibrary(contentDir, root);
  const wanted = only && new Set(only.map((file) => resolve(root, file)));
  const included = (file: string) => !wanted || wanted.has(resolve(root, file));
  const entries = library.entries.filter((entry) => included(entry.source.file));
  const findings: Finding[] = library.unreadable
    .filter((u) => included(u.file))
    .map((u) => ({ file: u.file, line: 1, column: 1, rule: 'schema', severity: 'error', message: u.reason }));
  findings.push(...checkSlugs(library.entries).filter((f) => included(f.file)));
  findings.push(...checkPublicFiles(publicDir, root).filter((f) => included(f.file)));
  // A removed URL is a problem whichever file is named: the permalink check always runs on the whole library.
  findings.push(...checkPermalinks(manifest, root, permalinkEntries(library.entries)).filter((f) => f.severity === 'error' || !only));
  const context: EntryContext = { ids: library.ids, today, known: libraryWords(library.entries), lessons: citations(library.entries) };
  for (const entry of entries) findings.push(...checkEntry(entry, context));
  // Whole-file rules run once per file (tags.yaml holds many entries).
  const files = new Map(entries.map((entry) => [entry.source.file, entry.source]));
  const ignores = new Map<string, Ignore[]>();
  for (const [file, source] of files) {
    findings.push(...(await checkSecrets(file, source.text)));
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
  return { findings: sortFindings(kept), silenced, files: checked.size };
}

/** What the per-entry rules need to know about the rest of the library. */
interface EntryContext {
  ids: Parameters<typeof checkReferences>[2];
  today: Date;
  /** Capitalised words that are not people: authors' names, titles, tag labels. */
  known: Set<string>;
  /** Which patterns each lesson cites, for the evidence rule. */
  lessons: ReturnType<typeof citations>;
}

// Authors' names, entry titles and tag labels, read straight from each entry's YAML.
const libraryWords = (entries: CheckedEntry[]) =>
  knownWords(
    entries.flatMap((e) => {
      const data = e.path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], e.source.data) as Record<string, unknown> | undefined;
      return [data?.['name'], data?.['title'], data?.['label']].filter((v): v is string => typeof v === 'string');
    }),
  );

function checkEntry(entry: CheckedEntry, { ids, today, known, lessons }: EntryContext): Finding[] {
  const { findings, fields } = checkSchema(entry);
  findings.push(...checkReferences(entry, fields, ids), ...checkDates(entry, fields, today), ...checkEvidence(entry, fields, lessons));
  const { source } = entry;
  if (entry.collection === 'tags') return findings;
  if (entry.collection === 'authors') {
    const prose = proseOf(source, undefined);
    return [...findings, ...checkPersonalData(source.file, prose), ...checkBlameless(source.file, prose)];
  }
  const body = parseBody(source.body);
  if ('error' in body) {
    const line = body.error.line + source.bodyLine - 1;
    return [...findings, { file: source.file, line, column: body.error.column, rule: 'mdx', severity: 'error', message: `the MDX does not parse: ${body.error.message}` }];
  }
  const prose = proseOf(source, body.tree);
  return [
    ...findings,
    ...checkSections(entry, body.tree),
    ...checkMdxSafety(entry, body.tree),
    ...checkLinks(entry, body.tree, ids),
    ...checkComponentReferences(entry, body.tree, ids),
    ...checkPersonalData(source.file, prose),
    ...checkBlameless(source.file, prose),
    ...checkNames(source.file, prose, known),
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
