import { z } from 'astro/zod';
import { slug } from './common.ts';
import { reference } from './reference.ts';
import { LINK_KINDS, keysOf } from './vocabulary.ts';

/** A public profile link; only http(s) URLs, so no e-mail or phone can hide here. */
export const authorLinkSchema = z.strictObject({
  /** What kind of profile this is. */
  kind: z.enum(keysOf(LINK_KINDS)),
  /** The profile's address. */
  url: z.url({ protocol: /^https?$/, error: 'use a full https:// address' }),
});

const contactData = /[^\s@]+@[^\s@]+\.[a-z]{2,}|\+?\d[\d\s().-]{7,}\d/i;

/** A member of the community who writes or reviews entries (YAML data). */
export const authorSchema = z.strictObject({
  /** The name to show. */
  name: z.string().trim().min(2),
  /** Their role, as they would put it on a CV. */
  role: z.string().trim().min(2),
  /** A short bio: two or three sentences, no contact details. */
  bio: z
    .string()
    .trim()
    .min(20)
    .max(600)
    .refine(
      (text) => !contactData.test(text),
      'remove e-mail addresses and phone numbers from the bio',
    ),
  /** Public profiles: website, GitHub, LinkedIn, Mastodon… */
  links: z.array(authorLinkSchema).default([]),
  /** Up to three of their own lessons their portfolio leads with, as a CV leads with its best work. */
  featured: z.array(reference('lessons')).max(3, 'feature at most three lessons').default([]),
  /** Former ids: every URL the author page had keeps working as a redirect. */
  aliases: z.array(slug).default([]),
});

export type Author = z.output<typeof authorSchema>;
