import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../src/check/text/nearest.ts';

describe('the check\'s "Did you mean"', () => {
  const tags = ['networking', 'on-call', 'retro', 'metrics', 'net-zero'];

  it('suggests another ending of the same word, as a contributor mistypes a tag', () => {
    expect(didYouMean('networks', tags)).toBe(' Did you mean `networking`?');
    expect(nearest('metric', tags)).toBe('metrics');
  });

  it('suggests nothing for a word that only shares a short start', () => {
    expect(nearest('netball', tags)).toBeUndefined();
    expect(didYouMean('pagers', tags)).toBe('');
  });
});
