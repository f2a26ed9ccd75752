import { blockSentences } from '../text/prose.ts';
import type { CheckedFile, FileContext } from '../types.ts';
import { checkBlamedPeople } from '../text/blamed-people.ts';
import { checkBlamePhrases } from '../text/blame-wording.ts';

/** The `blameless` rule: blame phrasing, then people named as the cause, in a file's sentences. */
export default function blameless(file: CheckedFile, context: FileContext): void {
  // The tag vocabulary describes blame in order to name it ("at whom to blame"): no blameless rule there.
  if (!file.sentences || file.collection === 'tags') return;
  context.report(
    ...checkBlamePhrases(file.file, file.sentences, blockSentences(file.prose ?? [])),
    ...checkBlamedPeople(file.file, file.sentences, context.known),
  );
}
