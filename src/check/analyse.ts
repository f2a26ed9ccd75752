// The per-file half of the check: everything that depends on one file's text alone, which the
// cache keeps and the worker pool spreads. It must stay importable by Node itself (worker.ts):
// no `?raw`, no astro:*.
import { countKnownUses } from '../domain/learning-loop/known-uses.ts';
import { parseBody } from '../markdown/parse.ts';
import { renderBody, type RenderedBody } from '../markdown/render.ts';
import type { Finding } from './finding.ts';
import type { FileInput } from './input.ts';
import type { KnownWords } from './known-words.ts';
import { proseOf, sentences } from './prose.ts';
import { checkBlamedPeople } from './rules/blamed-people.ts';
import { checkBlameless } from './rules/blameless.ts';
import { checkInvisible } from './rules/invisible.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
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
  /** Findings about the file as a whole, in every collection: invisible characters, template text left in. */
  anywhere?: Finding[];
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
  analysis.anywhere = checkInvisible(file, text);
  if (collection === 'authors' || collection === 'tags') {
    const prose = proseOf(undefined, bodyLine, yaml);
    analysis.anywhere.push(...checkPlaceholders(file, prose));
    // The tag vocabulary describes blame in order to name it ("at whom to blame"): no blameless rule there.
    const blameless = collection === 'authors' ? [...checkBlameless(file, sentences(prose)), ...checkBlamedPeople(file, sentences(prose), asking)] : [];
    return { ...analysis, personalData: checkPersonalData(file, prose), blameless, names: checkNames(file, sentences(prose), asking), namesAsked: [...namesAsked] };
  }
  const parsed = parseBody(body);
  if ('error' in parsed) {
    const line = parsed.error.line + bodyLine - 1;
    return { ...analysis, mdx: { file, line, column: parsed.error.column, rule: 'mdx', severity: 'error', message: `the MDX does not parse: ${parsed.error.message}` } };
  }
  const { tree } = parsed;
  const prose = proseOf(tree, bodyLine, yaml, body);
  analysis.anywhere.push(...checkPlaceholders(file, prose));
  const entry = { collection, source: { file, bodyLine } };
  const result: FileAnalysis = {
    ...analysis,
    sections: checkSections(entry, tree),
    mdxSafety: checkMdxSafety(entry, tree),
    links: linksIn(tree, bodyLine),
    components: componentReferencesIn(tree, bodyLine),
    personalData: checkPersonalData(file, prose),
    blameless: [...checkBlameless(file, sentences(prose)), ...checkBlamedPeople(file, sentences(prose), asking)],
    names: checkNames(file, sentences(prose), asking),
    namesAsked: [...namesAsked],
  };
  if (collection === 'patterns') result.knownUses = countKnownUses(tree);
  // Last: rendering rewrites the tree the rules above read. An unsafe body is never rendered.
  if (result.mdxSafety.length === 0) result.rendered = renderBody(tree, file);
  return result;
}
