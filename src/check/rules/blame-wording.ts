// The blame-phrase half of the `blameless` rule, apart from the names half (blamed-people.ts, which loads
// compromise), so the contribute page can run it in the browser.
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { BLAME_PHRASES, isPastParticiple } from '../blame-phrases.ts';
import type { Finding } from '../finding.ts';
import type { Prose } from '../prose.ts';

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
const squeezed = [...byPhrase.keys()].map((phrase) =>
  phrase.includes('*') ? '*' : squeeze(phrase),
);

/** Whether a run could hold a blame phrase at all; most prose holds none, and parsing it into words is the rule's main cost. */
export function mayBlame(text: string): boolean {
  // A `*` wildcard stands for any word, which a plain substring cannot express.
  if (squeezed.some((phrase) => phrase.includes('*'))) return true;
  const letters = squeeze(text);
  return squeezed.some((phrase) => letters.includes(phrase));
}

/** Blame phrasing in an entry's prose, each with a system-focused rewording. */
export function checkBlameless(file: string, prose: Prose[]): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
    if (!mayBlame(run.text)) continue;
    const tree = parser.parse(run.text) as NlcstRoot;
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
