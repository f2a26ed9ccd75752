import type { QuarterFigure, Trend } from '../domain/learning-loop/trends.ts';
import { days, percent, plural, quarterLabel } from './dates-and-counts.ts';

/** How the health page names each learning KPI, and what its numbers count. */
export const TREND_TEXT: Record<
  Trend['key'],
  { title: string; question: string; noun: string; valueHeader: string }
> = {
  'first-lesson': {
    title: 'Days to the first lesson',
    question:
      'Median days between a failure and the first lesson about it, by the event’s quarter.',
    noun: 'event',
    valueHeader: 'Median days',
  },
  closure: {
    title: 'Actions done within 30 days of their date',
    question:
      'Share of the actions due in the quarter (not dropped) done within 30 days of their date.',
    noun: 'action',
    valueHeader: 'Share done',
  },
  'decision-rule': {
    title: 'Experiments with a decision rule declared beforehand',
    question:
      'Share of necessary-experiment lessons whose stop, adapt or continue rule was written down before the experiment ran.',
    noun: 'experiment',
    valueHeader: 'Share declared before',
  },
  detect: {
    title: 'Days to detect',
    question:
      'Median days from a failure starting to someone noticing it, by the quarter it started.',
    noun: 'event',
    valueHeader: 'Median days',
  },
  contain: {
    title: 'Days to contain',
    question:
      'Median days from noticing a failure to stopping its harm, by the quarter it started.',
    noun: 'event',
    valueHeader: 'Median days',
  },
  repeat: {
    title: 'Repeat rate',
    question:
      'Share of the lessons that fell into a trap whose failure came after a verified fix against that same trap.',
    noun: 'lesson',
    valueHeader: 'Share repeated',
  },
};

/** A trend's quarters as bars: the value with its unit, and what it was counted from. */
export function trendBars(trend: Trend) {
  const { noun } = TREND_TEXT[trend.key];
  return trend.figures.map((f: QuarterFigure) => ({
    label: quarterLabel(f.quarter),
    value: f.value,
    cases: trend.unit === 'share' ? (f.of ?? 0) : f.count,
    text:
      f.value === undefined ? 'no data' : trend.unit === 'share' ? percent(f.value) : days(f.value),
    detail:
      f.value === undefined
        ? undefined
        : trend.unit === 'share'
          ? `${f.count} of ${plural(f.of ?? 0, noun)}`
          : `median of ${plural(f.count, noun)}`,
  }));
}
