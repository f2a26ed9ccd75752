/** Words for the contribute form as a whole, beside each field's own (wording.ts). */
import type { ContributeKind } from './entry-file.ts';

/** The name of a kind's body: a lesson's tells a story; a pattern's or trap's describes it. */
export const bodyName = (kind: ContributeKind) => (kind === 'lesson' ? 'The story' : `The ${kind}`);

/** A count and its noun, singular or plural as the count asks. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
