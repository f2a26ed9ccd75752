import nlp from 'compromise';
import type { Finding } from '../finding.ts';
import type { KnownWords } from '../known-words.ts';
import type { Prose } from '../prose.ts';

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)*$/u;
// A capitalised word after a lowercase word or a comma: a name, a product, a place, never just a sentence start.
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll}\d,;:)] )\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * Names of people who are not authors of the library: a warning for the reviewer,
 * since a lesson refers to everyone else by role. compromise finds the names, but
 * only in sentences with an unknown capitalised word, since parsing every sentence
 * would cost minutes on a large library.
 */
export function checkNames(file: string, prose: Prose[], known: KnownWords): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
    for (const sentence of run.text.matchAll(/[^.!?\n]+[.!?]?/g)) {
      const suspects = [...sentence[0].matchAll(MID_SENTENCE_CAPITAL)].filter(([word]) => !known.has(word));
      if (suspects.length === 0) continue;
      for (const person of nlp(sentence[0]).people().json({ offset: true }) as { text: string; offset: { start: number } }[]) {
        const name = person.text.replace(/[^\p{L}\s'’.-]+$/u, '').replace(/['’]s$/u, '').trim();
        if (!CAPITALISED.test(name) || name.split(/\s+/).every((word) => known.has(word))) continue;
        findings.push({
          file,
          ...run.at(sentence.index + person.offset.start),
          rule: 'names',
          severity: 'warning',
          message: `"${name}" looks like the name of someone who is not an author: refer to them by role ("a designer"), or silence this if they are a public figure.`,
        });
      }
    }
  }
  return findings;
}
