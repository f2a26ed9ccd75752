import { resolve } from 'node:path';
import { sortFindings, type Finding } from './finding.ts';
import { readLibrary } from './library.ts';
import { parseBody } from './body.ts';
import { checkReferences } from './rules/references.ts';
import { checkSchema } from './rules/schema.ts';
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
}

/** The outcome of one check run. */
export interface CheckReport {
  findings: Finding[];
  /** How many files were checked. */
  files: number;
}

/** Runs every rule over the library (or the named files) and returns every finding, sorted. */
export function runCheck({ contentDir, root = process.cwd(), only }: CheckOptions): CheckReport {
  const library = readLibrary(contentDir, root);
  const wanted = only && new Set(only.map((file) => resolve(root, file)));
  const included = (file: string) => !wanted || wanted.has(resolve(root, file));
  const entries = library.entries.filter((entry) => included(entry.source.file));
  const findings: Finding[] = library.unreadable
    .filter((u) => included(u.file))
    .map((u) => ({ file: u.file, line: 1, column: 1, rule: 'schema', severity: 'error', message: u.reason }));
  findings.push(...checkSlugs(library.entries).filter((f) => included(f.file)));
  for (const entry of entries) {
    const { findings: schemaFindings, fields } = checkSchema(entry);
    findings.push(...schemaFindings, ...checkReferences(entry, fields, library.ids));
    if (entry.collection === 'authors' || entry.collection === 'tags') continue;
    const body = parseBody(entry.source.body);
    if ('error' in body) {
      const line = body.error.line + entry.source.bodyLine - 1;
      findings.push({ file: entry.source.file, line, column: body.error.column, rule: 'mdx', severity: 'error', message: `the MDX does not parse: ${body.error.message}` });
      continue;
    }
    findings.push(...checkSections(entry, body.tree));
  }
  const files = new Set([...entries.map((e) => e.source.file), ...library.unreadable.map((u) => u.file)].filter(included));
  return { findings: sortFindings(dedupe(findings)), files: files.size };
}

// tags.yaml broken as a whole would otherwise be reported once per tag.
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.column}:${f.rule}:${f.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
