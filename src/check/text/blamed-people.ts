import type { Prose } from './prose.ts';
import { isFirstName } from './first-names.ts';
import type { Finding, KnownWords } from '../types.ts';

// A first name, then what they did wrong: "Marta broke the release", "Sam accidentally deleted the table".
const VERBS = [
  'broke',
  'forgot',
  'missed',
  'ignored',
  'skipped',
  'deleted',
  'dropped',
  'botched',
  'messed up',
  'screwed up',
  'caused',
  'overlooked',
  'neglected',
  'failed to',
  'did not',
  "didn't",
  'never',
  'pushed',
  'crashed',
  'wiped',
  'leaked',
  'misconfigured',
  'mistyped',
  'blew',
  'ruined',
  'lost',
];
// Starts only at a capitalised word that no letter precedes, so a long run of letters is not rescanned.
const BLAMED = new RegExp(
  `(?<![\\p{L}'’])(\\p{Lu}\\p{Ll}+)(?:['’]s team)?\\s+(?:(?:had|has|just|accidentally|again|then|also)\\s+)?(?:${VERBS.join('|')})(?![\\p{L}])`,
  'gu',
);

// A person by role rather than name, when the role is a person's and not a team's: "the new hire", "the intern".
const ROLE = String.raw`(?:the|our|a|that|this)\s+(?:new\s+(?:hire|guy|girl|person|starter|joiner|developer|engineer|employee|intern)|intern|trainee|temp|contractor|junior(?:\s+(?:developer|engineer|dev|analyst|designer))?|new\s+one)`;
const NAME = String.raw`\p{Lu}\p{Ll}+`;
// The role first: with the case-insensitive patterns, a name would match its article ("the").
const WHO = String.raw`(?<role>${ROLE})(?![\p{L}])|(?<name>${NAME})(?![\p{L}'’])`;
// What went wrong, said after "thanks to" or "because of": with it, the phrase makes the person the cause.
const HARM = String.raw`(?:lost|lose|losing|broke|broken|failed|missed|crashed|went\s+down|wasted|slipped|ruined|cost\s+us|had\s+to\s+(?:redo|roll\s+back|restart|start\s+over)|outage|delay(?:ed)?|late)`;
const NEGATION = /\b(?:never|not|no|nothing|without|didn['’]t|wasn['’]t|weren['’]t)\b/i;
const CAUSES: { pattern: RegExp; harm?: boolean }[] = [
  // "Thanks to Dave, we lost a week", "We lost a week because of Marta", "due to the intern": a person, not their
  // work ("thanks to Dave's runbook" passes), in a sentence that says what went wrong.
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:thanks\s+to|because\s+of|due\s+to|owing\s+to|all\s+because)\s+(?:${WHO})(?![\p{L}'’])`,
      'giu',
    ),
    harm: true,
  },
  // "The root cause was the new hire", "the cause: Marta", "caused by the intern".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:(?:root\s+)?cause\s+(?:was|is|were|:)|caused\s+by|blame\s+(?:lies|lay|goes|went)\s+(?:with|to))\s+(?:${WHO})`,
      'giu',
    ),
  },
  // Passive: "the alert was ignored by Dave", "the step got skipped by the intern".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:was|were|got|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:ignored|missed|skipped|forgotten|deleted|dropped|botched|broken|overlooked|neglected|misconfigured|wiped|leaked|ruined|mishandled|pushed)\s+by\s+(?:${WHO})`,
      'giu',
    ),
  },
  // Gerund: "Dave ignoring the pager cost us a week", "the intern forgetting the flag".
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:(?<name>${NAME})(?:['’]s)?|(?<role>${ROLE}))\s+(?:ignoring|forgetting|missing|skipping|breaking|deleting|dropping|neglecting|botching|overlooking|misconfiguring|wiping|leaking|ruining)(?![\p{L}])`,
      'gu',
    ),
  },
];

/** The sentence of `text` around `index`: what "thanks to" or "because of" is said about. */
const sentenceAt = (text: string, index: number) => {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const ends = [text.indexOf('. ', index), text.indexOf('\n', index)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
};

/** A person (a name, or a person's role) made the cause of a failure in other words than "Marta broke". */
function causes(file: string, run: Prose, known: KnownWords): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, harm } of CAUSES)
    for (const match of run.text.matchAll(pattern)) {
      const name = match.groups?.['name'];
      // The case-insensitive patterns read any word as a name: a name is capitalised.
      if (name && (name[0] === name[0]?.toLowerCase() || !isFirstName(name) || known.has(name)))
        continue;
      if (!name && !match.groups?.['role']) continue;
      if (harm) {
        const sentence = sentenceAt(run.text, match.index);
        if (!new RegExp(HARM, 'iu').test(sentence) || NEGATION.test(sentence)) continue;
      }
      findings.push({
        file,
        ...run.at(match.index),
        rule: 'blameless',
        severity: 'error',
        message: `"${match[0].replace(/\s+/g, ' ')}" makes a person the cause: say what the conditions were (a step the checklist lacked, a signal nobody saw, what no one had shown them)${name ? ', and refer to people by role' : ''}.`,
      });
    }
  return findings;
}

/** A person named as the one who caused a failure: blame, whatever the field, and a name besides. */
export function checkBlamedPeople(file: string, prose: Prose[], known: KnownWords): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
    findings.push(...causes(file, run, known));
    for (const match of run.text.matchAll(BLAMED)) {
      const name = match[1] as string;
      if (!isFirstName(name) || known.has(name)) continue;
      findings.push({
        file,
        ...run.at(match.index),
        rule: 'blameless',
        severity: 'error',
        message: `"${match[0]}" names a person as the cause: say what the conditions were (a step the checklist lacked, a signal nobody saw), and refer to people by role.`,
      });
    }
  }
  return findings;
}
