// The per-file half of the check: everything that depends on one file's text alone, which the
// cache keeps and the worker pool spreads. It must stay importable by Node itself (worker.ts):
// no `?raw`, no astro:*.
import { site } from '../../../site.config.ts';
import { countKnownUses } from '../../domain/learning-loop/known-uses.ts';
import { renderBody } from '../../markdown/render.ts';
import { checkedFileOf } from './checked-file.ts';
import { componentReferencesIn } from '../entries/components.ts';
import { rules } from '../rules/index.ts';
import { linksIn } from '../entries/links.ts';
import type {
  FileAnalysis,
  FileCheck,
  FileInput,
  FileRule,
  Finding,
  KnownWords,
} from '../types.ts';

const fileRules = rules.filter((rule): rule is FileRule => rule.kind === 'file');
let checks: Promise<[string, FileCheck][]> | undefined;

/** Runs the per-file rules over one file; `known` answers the `names` rule's questions, which are recorded in `namesAsked`. */
export async function analyseFile(input: FileInput, known: KnownWords): Promise<FileAnalysis> {
  const { file, collection, bodyLine } = input;
  checks ??= Promise.all(
    fileRules.map(async (rule): Promise<[string, FileCheck]> => [
      rule.id,
      (await rule.load()).default,
    ]),
  );
  const namesAsked = new Map<string, boolean>();
  const asking: KnownWords = {
    has: (word) => {
      const answer = known.has(word);
      namesAsked.set(word, answer);
      return answer;
    },
  };
  const analysis: FileAnalysis = { findings: {}, links: [], components: [], namesAsked: [] };
  const checked = checkedFileOf(input);
  for (const [id, check] of await checks) {
    const found: Finding[] = [];
    try {
      await check(checked, {
        known: asking,
        region: site.region,
        siteHost: new URL(site.url).hostname,
        report: (...findings) => found.push(...findings),
      });
    } catch (error) {
      // A rule that stops on a file it did not foresee fails the check with a finding, never a stack trace.
      const message = error instanceof Error ? error.message : String(error);
      found.push({
        file,
        line: 1,
        column: 1,
        rule: id,
        severity: 'error',
        message: `the rule stopped on something in this file it could not read (${message.split('\n')[0]}): fix what it names, or report it to the maintainers with this file.`,
      });
    }
    analysis.findings[id] = found;
  }
  analysis.namesAsked = [...namesAsked];
  const { tree } = checked;
  if (!tree) return analysis;
  analysis.links = linksIn(tree, bodyLine);
  analysis.components = componentReferencesIn(tree, bodyLine);
  if (collection === 'patterns') analysis.knownUses = countKnownUses(tree);
  // Last: rendering rewrites the tree the rules above read. An unsafe body is never rendered.
  if (analysis.findings['mdx-safety']?.length === 0) {
    try {
      analysis.rendered = renderBody(tree, file);
    } catch (error) {
      (analysis.findings['mdx'] ??= []).push({
        file,
        line: bodyLine,
        column: 1,
        rule: 'mdx',
        severity: 'error',
        message: `the body does not render (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): simplify what the message names.`,
      });
    }
  }
  return analysis;
}
