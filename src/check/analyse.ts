// The per-file half of the check: everything that depends on one file's text alone, which the
// cache keeps and the worker pool spreads. It must stay importable by Node itself (worker.ts):
// no `?raw`, no astro:*.
import { countKnownUses } from '../lib/known-uses.ts';
import { parseBody } from '../markdown/parse.ts';
import { renderBody, type RenderedBody } from '../markdown/render.ts';
import type { Finding } from './finding.ts';
import type { FileInput } from './input.ts';
import type { KnownWords } from './known-words.ts';
import { proseOf } from './prose.ts';
import { checkBlameless } from './rules/blameless.ts';
import { componentReferencesIn, type ComponentReference } from './rules/components.ts';
import { linksIn, type BodyLink } from './rules/links.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkNames } from './rules/names.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkSecrets } from './rules/secrets.ts';
import { checkSections } from './rules/sections.ts';

/** What the per-file rules found in one file, and what the cross-file rules need from its body. Plain data, so it can be cached and sent between threads. */
export interface FileAnalysis {
  /** Why the MDX body does not parse; the body rules did not run then. */
  mdx?: Finding;
  sections: Finding[];
  mdxSafety: Finding[];
  /** Links and entry-naming components of the body, for the cross-file `links` and `references` rules. */
  links: BodyLink[];
  components: ComponentReference[];
  personalData: Finding[];
  blameless: Finding[];
  names: Finding[];
  secrets: Finding[];
  /** A pattern's known uses, for the `evidence` rule. */
  knownUses?: number;
  /** The body rendered to HTML for the content store, when it parsed and is safe: the build reuses this parse instead of making its own. */
  rendered?: RenderedBody;
  /** Every word the `names` rule looked up in the library's known words, with the answer: the only way it depends on other files. */
  namesAsked: [word: string, known: boolean][];
}

/** Runs the per-file rules over one file; `known` answers the `names` rule's questions, which are recorded in `namesAsked`. */
export async function analyseFile({ file, text, collection, body, bodyLine, yaml }: FileInput, known: KnownWords): Promise<FileAnalysis> {
  const namesAsked = new Map<string, boolean>();
  const asking: KnownWords = {
    has: (word) => {
      const answer = known.has(word);
      namesAsked.set(word, answer);
      return answer;
    },
  };
  const analysis: FileAnalysis = { sections: [], mdxSafety: [], links: [], components: [], personalData: [], blameless: [], names: [], secrets: [], namesAsked: [] };
  analysis.secrets = await checkSecrets(file, text);
  if (collection === 'tags') return analysis;
  if (collection === 'authors') {
    const prose = proseOf(undefined, bodyLine, yaml);
    return { ...analysis, personalData: checkPersonalData(file, prose), blameless: checkBlameless(file, prose) };
  }
  const parsed = parseBody(body);
  if ('error' in parsed) {
    const line = parsed.error.line + bodyLine - 1;
    return { ...analysis, mdx: { file, line, column: parsed.error.column, rule: 'mdx', severity: 'error', message: `the MDX does not parse: ${parsed.error.message}` } };
  }
  const { tree } = parsed;
  const prose = proseOf(tree, bodyLine, yaml);
  const entry = { collection, source: { file, bodyLine } };
  const result: FileAnalysis = {
    ...analysis,
    sections: checkSections(entry, tree),
    mdxSafety: checkMdxSafety(entry, tree),
    links: linksIn(tree, bodyLine),
    components: componentReferencesIn(tree, bodyLine),
    personalData: checkPersonalData(file, prose),
    blameless: checkBlameless(file, prose),
    names: checkNames(file, prose, asking),
    namesAsked: [...namesAsked],
  };
  if (collection === 'patterns') result.knownUses = countKnownUses(tree);
  // Last: rendering rewrites the tree the rules above read. An unsafe body is never rendered.
  if (result.mdxSafety.length === 0) result.rendered = renderBody(tree, file);
  return result;
}
