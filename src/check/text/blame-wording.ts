// The blame-phrase half of the `blameless` rule, apart from the names half (blamed-people.ts, which loads
// compromise), so the contribute page can run it in the browser.
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { BLAME_PHRASES, isPastParticiple } from './blame-phrases.ts';
import type { Prose } from './prose.ts';
import type { Finding } from '../types.ts';

const parser = unified().use(retextEnglish);
const byPhrase = new Map(
  BLAME_PHRASES.flatMap((entry) =>
    entry.phrases.map((phrase) => [phrase.toLowerCase(), entry] as const),
  ),
);

// The text as nlcst-search compares words (lower case, ’ as '), kept to letters and apostrophes:
// a phrase's words stand next to each other, so a run where its letters never follow in a row cannot match it.
const squeeze = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^a-z']+/g, '');
// A `*` wildcard stands for any word, which a plain substring cannot express.
const WILDCARD = [...byPhrase.keys()].some((phrase) => phrase.includes('*'));
// Every phrase's letters in one pattern: one scan of a run instead of one per phrase (four times faster).
const SQUEEZED = new RegExp(
  [...byPhrase.keys()]
    .map((phrase) => squeeze(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/** Whether a run could hold a blame phrase at all; most prose holds none, and parsing it into words is the rule's main cost. */
export function mayBlame(text: string): boolean {
  return WILDCARD || SQUEEZED.test(squeeze(text));
}

// Cyrillic and Greek letters drawn like Latin ones ("carеless" with a Cyrillic е): read as the Latin letter, one
// character for one, so offsets stay. Unicode's confusables list in full is larger; these are the letters a Latin
// word can be spelt with.
const LOOKALIKE_FROM = 'аАвВеЕёЁкКмМнНоОрРсСтТуУхХіІјЈѕЅԁԛԝαΑβΒεΕζΖηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧ';
const LOOKALIKE_TO = 'aAbBeEeEkKmMhHoOpPcCtTyYxXiIjJsSdqwaAbBeEzZnHiIkKmMvNoOpPtTuYxX';
const LOOKALIKES = new Map(
  [...LOOKALIKE_FROM].map((char, index) => [char, LOOKALIKE_TO[index] ?? char]),
);
const unconfused = (text: string) =>
  /[\u0370-\u03ff\u0400-\u052f]/.test(text)
    ? [...text].map((char) => LOOKALIKES.get(char) ?? char).join('')
    : text;

/**
 * The phrase half of the `blameless` rule: blame phrasing in an entry's prose, each with a system-focused rewording. `blocks` are the blocks' texts with
 * their inline formatting joined (`Marta *should* have checked`): what they find is reported when no run as
 * written found it on the same lines.
 */
export function checkBlamePhrases(
  file: string,
  prose: Prose[],
  blocks: readonly Prose[] = [],
): Finding[] {
  const findings = blameIn(file, prose);
  const seen = findings.map((f) => `${f.line}:${f.message}`);
  for (const block of blocks) {
    const [first, last] = block.lines ?? [0, Number.MAX_SAFE_INTEGER];
    for (const found of blameIn(file, [block])) {
      const already = seen.some((key) => {
        const line = Number(key.slice(0, key.indexOf(':')));
        return line >= first && line <= last && key.endsWith(found.message);
      });
      if (!already) findings.push(found);
    }
  }
  return findings;
}

function blameIn(file: string, prose: readonly Prose[]): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
    const text = unconfused(run.text);
    if (!mayBlame(text)) continue;
    const tree = parser.parse(text) as NlcstRoot;
    search(
      tree,
      [...byPhrase.keys()],
      (nodes, index, parent, phrase) => {
        const entry = byPhrase.get(phrase.toLowerCase());
        if (!entry || !parent) return;
        if (entry.beforeParticiple) {
          const next = (parent as Sentence).children
            .slice(index + nodes.length)
            .find((n): n is Word => n.type === 'WordNode');
          if (!next || !isPastParticiple(toString(next))) return;
        }
        const offset = nodes[0]?.position?.start.offset ?? 0;
        const said = toString(nodes);
        findings.push({
          file,
          ...run.at(offset),
          rule: 'blameless',
          severity: 'error',
          message: `"${said}" puts blame on a person: ${entry.instead}`,
        });
      },
      { allowApostrophes: true },
    );
  }
  return findings;
}
