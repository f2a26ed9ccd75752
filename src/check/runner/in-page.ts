/**
 * The rules of the check that need nothing but the file's own text, run by the contribute page as a person
 * types: the same rule code `npm run check` runs, on the file read the same way (checked-file.ts). Browser-safe.
 * What needs the library or the built site (references, slugs, names, links, evidence…) is the pull request's check.
 */
import { checkedFileOf } from './checked-file.ts';
import { isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import { sortFindings } from './sort-findings.ts';
import { blockSentences, yamlStrings } from '../text/prose.ts';
import type { CheckedFile, FileCheck, FileInput, Finding } from '../types.ts';
import { checkBlamePhrases } from '../text/blame-wording.ts';
import invisible from '../rules/invisible.ts';
import mdx from '../rules/mdx.ts';
import mdxSafety from '../rules/mdx-safety.ts';
import personalData from '../rules/personal-data.ts';
import placeholder from '../rules/placeholder.ts';
import secrets from '../rules/secrets.ts';
import { checkSchema } from '../entries/schema.ts';
import { parseSource, unifyLineEndings, type SourceFile } from '../../reader/source.ts';
import type { CollectionName } from '../../schemas/index.ts';

// `blameless` in part: its blame phrases. People named as the cause need the library's names, so the pull request judges those.
const blamePhrases: FileCheck = (file, context) => {
  if (file.sentences)
    context.report(
      ...checkBlamePhrases(file.file, file.sentences, blockSentences(file.prose ?? [])),
    );
};

/** The rules the page runs, by id, in the order the check's registry lists them. */
const IN_PAGE_CHECKS: [id: string, check: FileCheck][] = [
  ['mdx', mdx],
  ['mdx-safety', mdxSafety],
  ['secrets', secrets],
  ['personal-data', personalData],
  ['blameless', blamePhrases],
  ['placeholder', placeholder],
  ['invisible', invisible],
];

/** The ids of the rules the page runs as the person types: the schema, then the per-file rules that need no library. */
export const IN_PAGE_RULES = ['schema', ...IN_PAGE_CHECKS.map(([id]) => id)];

/** What the in-page rules found in a file, and where in the entry each finding stands. */
export interface InPageResult {
  findings: Finding[];
  /** The field a finding's line belongs to (`questions.intended`, `actions.0.what`), `body` in the body, or undefined. */
  fieldAt: (line: number) => string | undefined;
}

// Each field's lines, from its key to the end of its value, deepest last: the last one holding a line is its field.
function fieldLines(source: SourceFile): { path: string; first: number; last: number }[] {
  const found: { path: string; first: number; last: number }[] = [];
  visit(source.yaml, {
    Pair(_, pair, ancestors) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!isScalar(key) || !key.range) return;
      const keys = [...ancestors, pair].flatMap((node, i, all) => {
        if (isPair(node) && isScalar(node.key)) return [String(node.key.value)];
        // A list item's index, between the list's key and its item's fields.
        const parent = all[i - 1];
        return isSeq(parent) ? [String(parent.items.indexOf(node))] : [];
      });
      const end = value?.range ? value.range[1] : key.range[1];
      found.push({
        path: keys.join('.'),
        first: source.position(key.range[0]).line,
        last: source.position(Math.max(key.range[0], end - 1)).line,
      });
    },
  });
  return found;
}

/** What the in-page rules and the schema find in an entry's text, at `path:line:column` as the check prints them. */
export async function checkInPage(
  file: string,
  text: string,
  collection: CollectionName,
  /** The site's region, for phone numbers (the page's props carry it from site.config.ts). */
  region: string,
): Promise<InPageResult> {
  // A pasted text's CR or CRLF line ends are read as the check reads a file's.
  text = unifyLineEndings(text);
  const source = parseSource(file, text, file.endsWith('.mdx') ? 'mdx' : 'yaml');
  // A file without frontmatter is never what the page writes; the check reports it by name.
  if ('missingFrontmatter' in source) return { findings: [], fieldAt: () => undefined };
  const input: FileInput = {
    file,
    text,
    collection,
    body: source.body,
    bodyLine: source.bodyLine,
    yaml: yamlStrings(source),
  };
  const checked: CheckedFile = checkedFileOf(input);
  const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const found: Finding[] = [...checkSchema({ collection, id, source, path: [] }).findings];
  // No word of the library is known here: only the `names` rules ask, and neither runs in the page.
  const context = {
    known: { has: () => false },
    region,
    report: (...f: Finding[]) => found.push(...f),
  };
  for (const [, check] of IN_PAGE_CHECKS) await check(checked, context);
  const fields = fieldLines(source);
  return {
    findings: sortFindings(found),
    fieldAt: (line) =>
      line >= source.bodyLine
        ? 'body'
        : fields.findLast((f) => f.first <= line && line <= f.last)?.path,
  };
}
