import { describe, expect, it } from 'vitest';
import { didYouMean, nameKey, namedFirst, vocabulary } from '../../src/view/search-words.ts';

const WORDS = vocabulary([
  'Hindsight Bias',
  'Pre-Mortem',
  'Blameless Post-Mortem',
  'Sunk-Cost Escalation',
  'The Pre-Mortem I Skipped',
]);

describe('did you mean', () => {
  it('replaces a misspelt word by the nearest word of the library', () => {
    expect(didYouMean('hindsite', WORDS)).toBe('hindsight');
    expect(didYouMean('blamless post mortem', WORDS)).toBe('blameless post mortem');
    expect(didYouMean('Sunk cots', WORDS)).toBe('sunk cost');
  });

  it('leaves known words, short words and words nothing is near alone', () => {
    expect(didYouMean('hindsight bias', WORDS)).toBeUndefined();
    expect(didYouMean('zqxjv', WORDS)).toBeUndefined();
    expect(didYouMean('an', WORDS)).toBeUndefined();
  });

  it('lists the words most used first, once each, without the short ones', () => {
    expect(WORDS.slice(0, 2)).toEqual(['mortem', 'pre']);
    expect(WORDS).not.toContain('i');
    expect(new Set(WORDS).size).toBe(WORDS.length);
  });
});

describe('named first', () => {
  const result = (title: string, aliases?: string) => ({
    meta: { title, ...(aliases ? { aliases } : {}) },
  });
  const lesson = result('The Pre-Mortem I Skipped');
  const pattern = result('Pre-Mortem', 'Premortem, Prospective Hindsight');
  const trap = result('Hindsight Bias');

  it('moves results named exactly as the query to the front, keeping the rest in order', () => {
    expect(namedFirst([lesson, trap, pattern], 'pre-mortem')).toEqual([pattern, lesson, trap]);
    expect(namedFirst([lesson, trap, pattern], 'Prospective hindsight')).toEqual([
      pattern,
      lesson,
      trap,
    ]);
    expect(namedFirst([lesson, trap, pattern], 'mortem')).toEqual([lesson, trap, pattern]);
  });

  it('matches names whole, whatever their case, accents and punctuation', () => {
    expect(nameKey('Pre-Mortem')).toBe(nameKey('pre mortem'));
    expect(nameKey('Café Décision')).toBe('cafedecision');
  });
});
