/** One row of a horizontal bar chart, ready to draw: `share` is the bar's length as a fraction of the track. */
export interface Bar {
  label: string;
  /** A link from the label, to the entry the bar counts. */
  href?: string | undefined;
  value: number | undefined;
  /** The value as printed beside the bar, with its unit ("21 days", "63% (5 of 8)"). */
  text: string;
  /** What the value was counted from, printed smaller under it ("5 of 8 actions"). */
  detail?: string | undefined;
  share: number;
  /** Counted from too few cases to read as a trend: drawn hollow, and said so. */
  thin: boolean;
}

/** A value that may be missing, with how to print it and where its label links. */
export interface BarInput {
  label: string;
  value: number | undefined;
  href?: string | undefined;
  /** The printed value; `format(value)` when absent. */
  text?: string | undefined;
  detail?: string | undefined;
  /** How many cases the value was counted from, when a small count makes it unreliable. */
  cases?: number | undefined;
}

/** Below this many cases a figure is drawn hollow and marked: "100%, 1 of 1" is an anecdote, not a rate. */
export const FEW_CASES = 3;

/**
 * A horizontal bar chart's geometry: each bar's length as a share of the largest value (or of
 * `max`, so that shares of 100% are drawn against a full track). A missing value draws no bar.
 */
export function layoutBars(
  data: readonly BarInput[],
  { format = String, max }: { format?: (value: number) => string; max?: number } = {},
): Bar[] {
  const top = max ?? Math.max(0, ...data.map((d) => d.value ?? 0));
  return data.map((d) => ({
    label: d.label,
    href: d.href,
    value: d.value,
    text: d.text ?? (d.value === undefined ? 'no data' : format(d.value)),
    detail: d.detail,
    share: d.value === undefined || top <= 0 ? 0 : Math.min(1, Math.max(0, d.value / top)),
    thin: d.value !== undefined && d.cases !== undefined && d.cases < FEW_CASES,
  }));
}
