import type { Root as NlcstRoot } from 'nlcst';
import { search } from 'nlcst-search';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { BLAME_PHRASES } from '../../src/check/text/blame-phrases.ts';
import type { Prose } from '../../src/check/text/prose.ts';
import { checkBlamePhrases, mayBlame } from '../../src/check/text/blame-wording.ts';
import { checkPersonalData } from '../../src/check/text/personal-data.ts';

const parser = unified().use(retextEnglish);
const phrases = BLAME_PHRASES.flatMap((entry) => entry.phrases);
const prose = (text: string): Prose[] => [
  { text, kind: 'text', at: (offset) => ({ line: 1, column: offset + 1 }) },
];

// Texts where a phrase is written the ways nlcst-search still matches: any case, curly apostrophes, hyphens inside words, line breaks and runs of spaces between words.
const TRICKY = [
  'We SHOULD HAVE checked.',
  'They should’ve known better.',
  'It was a care-less slip, and hum-an error.',
  'She should\n   have\tseen it coming.',
  'Who  broke   it? Nobody knows.',
  'Someone bro\u212Ae it, with a Kelvin sign for the k.',
  'A de-fault setting, a faultless run, and the fault line.',
  'Nothing to see here: the team adjusted the rollout plan.',
];

describe('the blameless rule’s prefilter', () => {
  it('lets through every run in which nlcst-search finds a phrase', () => {
    for (const text of TRICKY) {
      let found = false;
      search(
        parser.parse(text) as NlcstRoot,
        phrases,
        () => {
          found = true;
        },
        { allowApostrophes: true },
      );
      if (found) expect(mayBlame(text), text).toBe(true);
    }
  });

  it('still reports blame written in capitals, with curly apostrophes, hyphens, odd letters or across a line break', () => {
    const said = (text: string) =>
      checkBlamePhrases('x.mdx', prose(text)).map((f) => /^"([^"]+)"/.exec(f.message)?.[1]);
    expect(said(TRICKY[0] as string)).toEqual(['SHOULD HAVE']);
    expect(said(TRICKY[1] as string)).toEqual(['should’ve']);
    expect(said(TRICKY[2] as string)).toEqual(['care-less', 'hum-an error']);
    expect(said(TRICKY[3] as string)).toEqual(['should\n   have']);
    expect(said(TRICKY[5] as string)).toEqual(['bro\u212Ae it']);
    expect(said(TRICKY[7] as string)).toEqual([]);
  });
});

describe('the personal-data rule’s digit prefilter', () => {
  it('still finds phone numbers written in other digits', () => {
    expect(
      checkPersonalData('x.mdx', prose('Call ＋１ ２０２-５５５-０１２３ tonight.'), 'US').map(
        (f) => f.rule,
      ),
    ).toEqual(['personal-data']);
    expect(
      checkPersonalData('x.mdx', prose('Call (202) 555-0123 tonight.'), 'US').map((f) => f.rule),
    ).toEqual(['personal-data']);
    expect(checkPersonalData('x.mdx', prose('Call the support lead tonight.'), 'US')).toEqual([]);
  });
});
