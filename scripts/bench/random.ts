/** A seeded source of randomness, so a benchmark library is the same on every run. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** Whether an event of probability `p` happens. */
  chance: (p: number) => boolean;
  /**
   * An index in [0, n) drawn from a Zipf-like law: low indexes are popular, as a
   * few patterns and prolific authors are in a real library.
   */
  skewed: (n: number, exponent?: number) => number;
  /** `count` distinct indexes in [0, n), drawn with `skewed`. */
  distinct: (n: number, count: number, exponent?: number) => number[];
}

/** mulberry32: tiny, fast and good enough to spread synthetic content. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick() needs a non-empty list');
    return item;
  };
  // Inverse-CDF of a continuous power law on [1, n + 1): cheap and needs no table per n.
  const skewed = (n: number, exponent = 0.9) => {
    if (n <= 1) return 0;
    const u = next();
    if (exponent === 1) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1))) - 1);
    const a = 1 - exponent;
    const x = Math.pow(1 + u * (Math.pow(n + 1, a) - 1), 1 / a);
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  };
  const distinct = (n: number, count: number, exponent?: number) => {
    const wanted = Math.min(n, count);
    const seen = new Set<number>();
    // Bounded tries: with a steep law the popular few repeat, so fall back to uniform draws.
    for (let tries = 0; seen.size < wanted && tries < wanted * 8; tries++)
      seen.add(skewed(n, exponent));
    while (seen.size < wanted) seen.add(int(0, n - 1));
    return [...seen];
  };
  return { next, int, pick, chance: (p) => next() < p, skewed, distinct };
}
