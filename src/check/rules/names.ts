import nlp from 'compromise';
import type { Prose } from '../text/prose.ts';
import type { CheckedFile, FileContext, Finding, KnownWords } from '../types.ts';
import { isFirstName } from '../text/first-names.ts';

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)*$/u;
// A sentence, or the first SENTENCE characters of a long one and the rest of the word they end in.
const SENTENCE = 400;
const SENTENCES = new RegExp(`[^.!?\\n]{1,${SENTENCE}}[^.!?\\n\\s]{0,40}[.!?]?`, 'g');
// A capitalised word after a lowercase word or a comma: a name, a product, a place, never just a sentence start.
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll}\d,;:)] )\p{Lu}[\p{Ll}'’-]+/gu;
// The first word of a sentence or of a field ("Marta broke the release", `owner: Marta`) is a suspect only
// when compromise's lexicon knows it as a first name: a lookup, not a parse.
const FIRST_WORD = /^[\s"'“‘(]*(\p{Lu}[\p{Ll}'’-]+)/u;
/**
 * Names of people who are not authors of the library: a warning for the reviewer,
 * since a lesson refers to everyone else by role. compromise finds the names, but
 * only in sentences with an unknown capitalised word, since parsing every sentence
 * would cost minutes on a large library.
 */
export function checkNames(file: string, prose: Prose[], known: KnownWords): Finding[] {
  const findings: Finding[] = [];
  for (const run of prose) {
    // Sentences, cut at a whitespace after at most SENTENCE characters: compromise is slower than linear on one long run.
    for (const sentence of run.text.matchAll(SENTENCES)) {
      const first = FIRST_WORD.exec(sentence[0])?.[1];
      const suspect =
        (first !== undefined && isFirstName(first) && !known.has(first)) ||
        [...sentence[0].matchAll(MID_SENTENCE_CAPITAL)].some(([word]) => !known.has(word));
      if (!suspect) continue;
      for (const person of nlp(sentence[0]).people().json({ offset: true }) as {
        text: string;
        offset: { start: number };
      }[]) {
        const name = person.text
          .replace(/[^\p{L}\s'’.-]+$/u, '')
          .replace(/['’]s$/u, '')
          .trim();
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

/** The `names` rule, on a file's sentences (none, when its body does not parse). */
export default function names(file: CheckedFile, context: FileContext): void {
  if (file.sentences) context.report(...checkNames(file.file, file.sentences, context.known));
}
