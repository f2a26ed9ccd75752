/**
 * How many of `available` cards to show in a home-page grid so that no card sits alone on its last row: 6 fill two
 * rows of three or three of two, 4 and 2 fill rows of two (`pairs`), and the rest waits behind the list's "all" link.
 */
export function cardsWithoutLoneRow(
  available: number,
  most: number,
): { count: number; pairs: boolean } {
  const count = [6, 4, 2].find((n) => n <= Math.min(available, most)) ?? Math.min(available, most);
  return { count, pairs: count === 2 || count === 4 };
}
