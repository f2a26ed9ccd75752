import type { Root as NlcstRoot } from 'nlcst';
import { search } from 'nlcst-search';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { BLAME_PHRASES } from '../../src/check/text/blame-phrases.ts';
import type { Prose } from '../../src/check/text/prose.ts';
import { checkBlamePhrases, mayBlame } from '../../src/check/text/blame-wording.ts';
import { checkPersonalData } from '../../src/check/text/personal-data.ts';
import { checkSecrets } from '../../src/check/text/secrets.ts';

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

  it('still finds a phone number of four digits, the shortest any region has', () => {
    // Niue's numbers are four digits: a site set in Niue reads one with no country code.
    expect(
      checkPersonalData('x.mdx', prose('Call 4002 tonight.'), 'NU').map((f) => f.rule),
    ).toEqual(['personal-data']);
    expect(checkPersonalData('x.mdx', prose('Call 400 tonight.'), 'NU')).toEqual([]);
  });
});

describe('the personal-data rule’s address prefilters', () => {
  // Each address kind at the edge of what its prefilter lets through: capitals, no digits, brackets.
  const found = (text: string) =>
    checkPersonalData('x.mdx', prose(text), 'US').map((f) => /`([^`]+)`/.exec(f.message)?.[1]);
  it('still finds every kind of address, whatever its case or digits', () => {
    expect(found('Mail ANN@ACME.IO now.')).toEqual(['ANN@ACME.IO']);
    expect(found('Write to ann [AT] acme [DOT] io.')).toEqual(['ann [AT] acme [DOT] io']);
    expect(found('The box at 10.1.2.3 answered.')).toEqual(['10.1.2.3']);
    expect(found('It listens on fe80::abcd and on abcd::ef.')).toEqual(['fe80::abcd', 'abcd::ef']);
    expect(found('Deploy to BUILD.CORP first.')).toEqual(['BUILD.CORP']);
    expect(found('They met at 42 Baker Street.')).toEqual(['42 Baker Street']);
    expect(found('We looked at the dot com bubble at 3 pm on a plan.local.example.')).toEqual([]);
  });

  it('still finds an Italian codice fiscale written without digits', () => {
    // RSSMRA85T10A562S with every digit written as its letter (0–9 as L–V), as the codice allows, and its check letter.
    expect(
      checkPersonalData('x.mdx', prose('Codice: RSSMRAURTMLARSNL.'), 'US').map((f) => f.message),
    ).toEqual(
      checkPersonalData('x.mdx', prose('Codice: RSSMRA85T10A562S.'), 'US').map((f) => f.message),
    );
  });
});

describe('the secrets rule', () => {
  it('leaves no performance marks behind (secretlint’s profiler is off)', async () => {
    performance.clearMarks();
    expect(
      await checkSecrets(
        'x.mdx',
        'A token: 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 was pasted in chat.',
      ),
    ).not.toEqual([]);
    expect(performance.getEntriesByType('mark')).toEqual([]);
  });
});
