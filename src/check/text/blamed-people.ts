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

/** A person named as the one who caused a failure: blame, whatever the field, and a name besides. */
export function checkBlamedPeople(file: string, prose: Prose[], known: KnownWords): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
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
