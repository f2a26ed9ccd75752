import type { CollectionName } from '../schemas/collections.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** A page of the site that is not an entry and has a sharing card of its own: a list, a tool or a page of prose. */
export interface Section {
  /** Its name, as its heading says it (the card's badge). */
  name: string;
  /** What it is, in one sentence: the page's meta description and the card's title. */
  description: string;
  /** The collection it lists, whose colour and count its card shows. */
  collection?: CollectionName;
}

/**
 * The sections of a site (`site.config.ts`), by the id their card is named after (`/og/page/<id>.png`):
 * one card each, however many pages they span.
 */
export const siteSections = (site: Pick<SiteConfig, 'title' | 'showcase'>) =>
  ({
    patterns: {
      name: 'Patterns',
      description:
        'Pattern-language entries on learning from failure, by how established they are.',
      collection: 'patterns',
    },
    traps: {
      name: 'Decision traps',
      description: 'The biases, collaboration breakdowns and method pitfalls that sink projects.',
      collection: 'traps',
    },
    lessons: {
      name: 'Lessons',
      description: 'Blameless lesson write-ups by members who lived through a failure.',
      collection: 'lessons',
    },
    events: {
      name: 'Events',
      description: "The shared failures the library's lessons come from.",
      collection: 'events',
    },
    authors: {
      name: 'Authors',
      description: 'The members who write the library, each with a portfolio of lessons.',
      collection: 'authors',
    },
    tags: {
      name: 'Tags',
      description: "Every tag in the library's vocabulary, with what it covers.",
      collection: 'tags',
    },
    showcase: { name: 'Showcase', description: site.showcase.blurb },
    'what-is-happening': {
      name: 'What is happening?',
      description:
        'Warning signs in plain words, grouped by where they show up, each leading to the trap it signals, the patterns that counter it and the lessons that lived it.',
    },
    map: {
      name: 'Map of the library',
      description:
        'Which patterns counter which decision traps, with the number of lessons behind each link.',
    },
    health: {
      name: 'Library health',
      description:
        "Whether learning compounds: the library's learning KPIs, computed from its content.",
    },
    'follow-ups': {
      name: 'Follow-ups',
      description:
        'Actions from lessons that are past their date with no outcome yet, and lessons awaiting their 30-day look back.',
    },
    digest: {
      name: 'Monthly learning releases',
      description: 'What the library learned and changed each month, generated from its content.',
    },
    search: {
      name: 'Search',
      description: "Search the library's patterns, decision traps, lessons, events and authors.",
    },
    about: {
      name: 'About',
      description: `What ${site.title} is, who writes it, and how to add a lesson.`,
    },
    contribute: {
      name: 'Contribute a lesson',
      description:
        'Write a lesson learned from failure in your browser, checked as you type, and send it as a pull request.',
    },
  }) as const satisfies Record<string, Section>;

export type SectionId = keyof ReturnType<typeof siteSections>;
