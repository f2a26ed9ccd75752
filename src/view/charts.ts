/** One bar, positioned, ready to draw. */
export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A vertical bar chart's geometry: bars scaled to the largest value, with room for labels. */
export function layoutBars(
  data: readonly { label: string; value: number }[],
  { width = 480, height = 200, gap = 6, labelSpace = 28, top = 20 } = {},
) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const slot = data.length ? width / data.length : width;
  const plot = height - labelSpace - top;
  const bars: Bar[] = data.map((d, i) => {
    const h = Math.round((d.value / max) * plot);
    return {
      label: d.label,
      value: d.value,
      x: Math.round(i * slot + gap / 2),
      y: top + plot - h,
      width: Math.max(1, Math.round(slot - gap)),
      height: h,
    };
  });
  return { width, height, baseline: top + plot, bars, max };
}
