import { describe, expect, it } from 'vitest';
import { excerptCuts, excerptParts } from '../../src/islands/search/excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain runs and the runs Pagefind marked', () => {
    expect(
      excerptParts('nobody said <mark>anything</mark> until the <mark>test</mark> ended'),
    ).toEqual([
      { text: 'nobody said ', marked: false },
      { text: 'anything', marked: true },
      { text: ' until the ', marked: false },
      { text: 'test', marked: true },
      { text: ' ended', marked: false },
    ]);
  });

  it('turns escaped markup back into the text the page showed, so it is rendered as text and never as HTML', () => {
    expect(excerptParts('a &lt;script&gt; tag &amp; <mark>more</mark>')).toEqual([
      { text: 'a <script> tag & ', marked: false },
      { text: 'more', marked: true },
    ]);
  });

  it('leaves the punctuation Pagefind marks with a word out of the highlight', () => {
    expect(excerptParts('no <mark>blame;</mark> only <mark>“learning”</mark>.')).toEqual([
      { text: 'no ', marked: false },
      { text: 'blame', marked: true },
      { text: '; only “', marked: false },
      { text: 'learning', marked: true },
      { text: '”.', marked: false },
    ]);
  });
});

describe('excerptCuts', () => {
  const cuts = (excerpt: string) => excerptCuts(excerptParts(excerpt));

  it('marks an excerpt that starts and ends mid-sentence', () => {
    expect(cuts('and took part of the <mark>platform</mark> down each time')).toEqual({
      start: true,
      end: true,
    });
  });

  it('leaves a whole sentence as it is', () => {
    expect(cuts('Each review was <mark>blameless</mark>.')).toEqual({ start: false, end: false });
  });
});
