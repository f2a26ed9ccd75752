import { describe, expect, it } from 'vitest';
import { cardsWithoutLoneRow } from '../../src/view/card-rows.ts';

describe('cardsWithoutLoneRow', () => {
  it('shows six cards, two full rows of three, when there are enough', () => {
    expect(cardsWithoutLoneRow(14, 6)).toEqual({ count: 6, pairs: false });
  });

  it('shows an even count in rows of two when rows of three would leave one card alone', () => {
    expect(cardsWithoutLoneRow(4, 6)).toEqual({ count: 4, pairs: true });
    expect(cardsWithoutLoneRow(5, 6)).toEqual({ count: 4, pairs: true });
    expect(cardsWithoutLoneRow(3, 6)).toEqual({ count: 2, pairs: true });
    expect(cardsWithoutLoneRow(2, 6)).toEqual({ count: 2, pairs: true });
  });

  it('shows a single card or none as it is', () => {
    expect(cardsWithoutLoneRow(1, 6)).toEqual({ count: 1, pairs: false });
    expect(cardsWithoutLoneRow(0, 6)).toEqual({ count: 0, pairs: false });
  });
});
