import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedThesaurus, thesaurusVersion } from '../../src/pipeline/thesaurus-cache.ts';
import { readThesaurus, type Thesaurus } from '../../src/pipeline/thesaurus.ts';

const temp = mkdtempSync(join(tmpdir(), 'lesson-share-thesaurus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * A WordNet of two nouns in WordNet's own file format: "gut", whose first sense (the intestine) the tagged corpus
 * saw and whose second (a narrow channel) it did not; and "boss", whose two senses it saw both.
 */
function tinyWordNet(): string {
  const dir = mkdtempSync(join(temp, 'wordnet-'));
  const data = [
    '00000001 05 n 02 gut 0 intestine 0 000 | the part of the alimentary canal',
    '00000002 17 n 02 gut 0 channel 0 000 | a narrow channel or strait',
    '00000003 18 n 02 boss 0 foreman 0 000 | a person who exercises control over workers',
    '00000004 18 n 02 boss 0 chief 0 000 | a person responsible for hiring workers',
  ];
  const files: Record<string, string> = {
    'data.noun': data.join('\n'),
    'index.noun': ['boss n 2 0 2 2 00000003 00000004  ', 'gut n 2 0 2 1 00000001 00000002  '].join(
      '\n',
    ),
    'index.sense': ['boss%1:18:00:: 00000003 1 9', 'gut%1:05:00:: 00000001 1 4'].join('\n'),
  };
  for (const part of ['noun', 'verb', 'adj', 'adv'])
    for (const kind of ['data', 'index'])
      writeFileSync(join(dir, `${kind}.${part}`), files[`${kind}.${part}`] ?? '');
  writeFileSync(join(dir, 'index.sense'), files['index.sense'] ?? '');
  return dir;
}

const wordsOf = (thesaurus: Thesaurus, word: string) =>
  thesaurus.related.get(word)?.map((relation) => relation.word) ?? [];

describe('reading WordNet', () => {
  it('relates a word through the senses the tagged corpus saw, not its rarer ones', () => {
    const thesaurus = readThesaurus(tinyWordNet());
    expect(wordsOf(thesaurus, 'gut')).toEqual(['intestine']);
    expect(wordsOf(thesaurus, 'boss')).toEqual(['foreman', 'chief']);
  });

  it('does so in the real WordNet: "gut" is not a channel, and a boss is still a leader', () => {
    const thesaurus = readThesaurus();
    expect(wordsOf(thesaurus, 'gut')).toContain('intestine');
    expect(wordsOf(thesaurus, 'gut')).not.toContain('channel');
    expect(wordsOf(thesaurus, 'boss')).toContain('leader');
  }, 30_000);
});

describe('the thesaurus cache', () => {
  it('reads WordNet once, then answers from the cache until the code or the data change', () => {
    const cache = join(temp, 'cache');
    const wordnet = tinyWordNet();
    const read = cachedThesaurus(cache, wordnet);
    expect(wordsOf(read, 'gut')).toEqual(['intestine']);
    const file = `${thesaurusVersion(wordnet)}.v8`;
    expect(readdirSync(cache)).toEqual([file]);
    // What the cache holds is what the next build gets: WordNet is not read again.
    const stored: Thesaurus = {
      related: new Map([['gut', [{ word: 'cached', part: 'n' }]]]),
      common: new Set(),
      usage: new Map(),
    };
    writeFileSync(join(cache, file), serialize(stored));
    expect(wordsOf(cachedThesaurus(cache, wordnet), 'gut')).toEqual(['cached']);
    // Other data is another version: read afresh, and the old file is dropped.
    const other = tinyWordNet();
    expect(thesaurusVersion(other)).not.toBe(thesaurusVersion(wordnet));
    expect(wordsOf(cachedThesaurus(cache, other), 'gut')).toEqual(['intestine']);
    expect(readdirSync(cache)).toEqual([`${thesaurusVersion(other)}.v8`]);
  });

  it('still reads WordNet where the cache cannot be written', () => {
    const blocked = join(temp, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be');
    expect(wordsOf(cachedThesaurus(blocked, tinyWordNet()), 'boss')).toEqual(['foreman', 'chief']);
  });
});
