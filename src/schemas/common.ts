import { z } from 'astro/zod';
import { reference } from './reference.ts';

/** A slug-safe identifier: lowercase words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')
  // `/lessons/2/` is page 2 of the lesson list: an all-digit slug would collide with it.
  .refine((value) => !/^\d+$/.test(value), {
    error: 'an all-digit slug collides with a page of the list (/lessons/2/ is page 2): add a word',
  });

const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;

// 2026-02-30 would roll over to 2 March; a date must name a day that exists.
const isCalendarDay = (value: string) => {
  // A value not written as YYYY-MM-DD already has its finding.
  if (!YYYY_MM_DD.test(value)) return true;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
};

/** A calendar date written as YYYY-MM-DD (a day that exists: 2026-02-30 is refused, not read as 2 March). */
/**
 * A length or count no real entry comes near (several times the largest in the starting library and in a library
 * written apart), so that a 300 kB field or 5,000 items are refused: the message says the limit and the size.
 */
export const atMost = (limit: number, unit: 'characters' | 'items') => ({
  error: (issue: { input?: unknown }) => {
    const size =
      typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : 0;
    return `keep it to ${limit.toLocaleString('en')} ${unit} at most: this has ${size.toLocaleString('en')}`;
  },
});

export const isoDate = z
  .string({ error: 'use a date written as YYYY-MM-DD' })
  .regex(YYYY_MM_DD, 'use a date written as YYYY-MM-DD')
  .refine(isCalendarDay, {
    error: (issue) =>
      `${String(issue.input)} is not a day of the calendar: check the month and the day`,
  })
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

/** One plain sentence or two that say what the entry is. */
export const summary = z
  .string()
  .trim()
  .min(20, 'write a one-sentence summary of at least 20 characters')
  .max(280, 'keep the summary to one sentence (280 characters at most)');

/** Fields every MDX entry shares. */
export const entryBase = z.strictObject({
  /** The entry's title, as shown on its page and in lists. */
  title: z.string().trim().min(3).max(120),
  /** The entry in one sentence. */
  summary,
  /** Who wrote the entry: ids from `content/authors/`. */
  authors: z.array(reference('authors')).min(1, 'name at least one author from content/authors/'),
  /** Tags from the controlled vocabulary in `content/tags.yaml`. */
  tags: z.array(reference('tags')).min(1, 'add at least one tag from content/tags.yaml').max(8),
  /** When the entry was first published. */
  published: isoDate,
  /** When the entry last changed in substance. */
  updated: isoDate.optional(),
  /** Members who reviewed the entry before it was published. */
  reviewers: z.array(reference('authors')).default([]),
  /** Former slugs of this entry: every URL it was published under keeps working as a redirect. */
  aliases: z.array(slug).default([]),
});

export type EntryBase = z.output<typeof entryBase>;
