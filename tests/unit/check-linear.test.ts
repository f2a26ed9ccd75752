// Every per-file rule, fed 200 KB shaped to make a backtracking pattern or a slower-than-linear parser blow
// up (a 200 KB word once took the e-mail pattern 20 s). What is asserted is a shape, not a speed, on the thread's CPU
// time rather than the clock, so other processes' load does not count: a run over
// BUDGET_MS is compared with a quarter of the input, and passes if the quarter takes more than an eighth of its
// time (linear is a quarter, quadratic a sixteenth: an eighth sits halfway, with room for a loaded machine's noise). No absolute limit: a shared machine's load only
// stretches both runs alike.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse.ts';
import { readIgnores } from '../../src/check/runner/ignores.ts';
import { normalise } from '../../src/check/text/normalise.ts';
import { proseOf, sentences, type Prose } from '../../src/check/text/prose.ts';
import { checkBlamedPeople } from '../../src/check/text/blamed-people.ts';
import { checkBlamePhrases } from '../../src/check/text/blame-wording.ts';
import { checkInvisible } from '../../src/check/text/invisible.ts';
import { checkMdxSafety } from '../../src/check/rules/mdx-safety.ts';
import { checkNames } from '../../src/check/rules/names.ts';
import { checkPersonalData } from '../../src/check/text/personal-data.ts';
import { checkPlaceholders } from '../../src/check/rules/placeholder.ts';
import { checkSecrets } from '../../src/check/text/secrets.ts';
import { checkSections } from '../../src/check/rules/sections.ts';
import { parseSource, type SourceFile } from '../../src/reader/source.ts';
import type { Finding } from '../../src/check/types.ts';

const SIZE = 200_000;
const BUDGET_MS = 2_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Inputs that make a careless pattern or parser go quadratic: long runs, and many almost-matches. */
const SHAPES: Record<string, string> = {
  'one long word': fill('a'),
  'almost e-mail addresses': fill('a@'),
  'dotted words': fill('a.'),
  'spaces before a letter': `${' '.repeat(SIZE)}x`,
  'single digits': fill('1 '),
  'one long number': fill('1'),
  'national numbers': fill('030 901820 '),
  'colons and zeros': fill('0:'),
  'almost tokens': fill('eyJ'),
  'almost passwords': fill('password was '),
  'character references': fill('&#'),
  'invisible characters': fill('a\u200B'),
  'template words': fill('Replace '),
  'capitalised words': fill('the Bob, '),
  'street words': fill('1 Aa '),
  headings: fill('## a\n\n'),
  'ignore comments': fill('{/* check-ignore names:   '),
  // Many findings: each must be placed in the file without rescanning it.
  'many addresses': fill('a@b.co\n'),
  'many hidden tokens': fill('ghp&#95;wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx\n'),
};

// The MDX parse (body.ts, remark) is done before the clock starts: the rules are what is timed here.
type Rule = (text: string, file: SourceFile, body: Root | undefined) => unknown;
const known = { has: () => false };
const prose = (text: string): Prose[] => proseOf(undefined, 1, [{ text, line: 1, column: 1 }]);
const tree = (text: string) => {
  const parsed = parseBody(text);
  return 'tree' in parsed ? parsed.tree : undefined;
};
const TAKES_A_TREE = new Set(['sections and mdx-safety', 'body prose with positions']);
const entry = { collection: 'patterns' as const, source: { file: 'x.mdx', bodyLine: 1 } };

const RULES: Record<string, Rule> = {
  'personal-data': (text) => checkPersonalData('x', prose(text), 'US'),
  blameless: (text) => checkBlamePhrases('x', prose(text)),
  'blamed people': (text) => checkBlamedPeople('x', prose(text), known),
  names: (text) => checkNames('x', sentences(prose(text)), known),
  placeholder: (text) => checkPlaceholders('x', prose(text)),
  invisible: (text) => checkInvisible('x', text),
  secrets: (text) => checkSecrets('x.mdx', text),
  'sections and mdx-safety': (_, __, body) =>
    body && [checkSections(entry, body), checkMdxSafety(entry, body)],
  'body prose with positions': (text, _, body) =>
    body && proseOf(body, 1, [], text).map((run: Prose) => run.at(run.text.length - 1)),
  'check-ignore comments': (text, file) => readIgnores(file, text),
  normalise: (text) => normalise(text),
};

describe('the check on pathological input', () => {
  for (const [rule, check] of Object.entries(RULES)) {
    it(`runs ${rule} in linear time on every 200 KB shape`, async () => {
      const slow: string[] = [];
      const time = async (body: string) => {
        const file = parseSource('x.mdx', `---\ntitle: x\n---\n${body}`, 'mdx') as SourceFile;
        const parsed = TAKES_A_TREE.has(rule) ? tree(body) : undefined;
        // This thread's CPU time, not the clock: time spent waiting for a core on a loaded machine is not the rule's.
        const start = process.threadCpuUsage();
        (await check(body, file, parsed)) as Finding[] | undefined;
        const { user, system } = process.threadCpuUsage(start);
        return (user + system) / 1000;
      };
      for (const [shape, body] of Object.entries(SHAPES)) {
        let took = await time(body);
        if (took <= BUDGET_MS) continue;
        // Other test files run beside this one and only ever add time: the fastest of three runs of each is the one to compare.
        const fastest = async (text: string) =>
          Math.min(await time(text), await time(text), await time(text));
        took = Math.min(took, await fastest(body));
        const quarter = await fastest(body.slice(0, SIZE / 4));
        if (took > 8 * Math.max(quarter, 50))
          slow.push(
            `${shape}: ${Math.round(took)} ms (a quarter of it: ${Math.round(quarter)} ms)`,
          );
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});
