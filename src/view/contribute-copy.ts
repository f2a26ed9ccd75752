/** The contribute pages' own words: each kind's title, description, lead, and its name in the switch between them. */
import type { TemplateKind } from './entry-templates.ts';

/** What a contribute page says of itself, by kind. */
export const CONTRIBUTE_COPY: Record<
  Exclude<TemplateKind, 'author'>,
  { title: string; description: string; lead: string; link: string }
> = {
  lesson: {
    title: 'Contribute a lesson',
    description:
      'Write a lesson learned from failure in your browser, checked as you type, and send it as a pull request.',
    lead: 'Write what you learned from a failure. The page checks it as you type, with the library’s own rules, and sends it as a pull request: reviewed in the open, kept in git.',
    link: 'A lesson',
  },
  pattern: {
    title: 'Propose a pattern',
    description:
      'Propose a recurring problem and a proven way through it, checked as you type, and send it as a pull request.',
    lead: 'Seen a move that gets groups through a recurring problem? Propose it as a pattern. It starts as emerging; the lessons that show it working raise its confidence in review.',
    link: 'A pattern',
  },
  trap: {
    title: 'Propose a trap',
    description:
      'Propose a bias, breakdown or pitfall that sinks projects, checked as you type, and send it as a pull request.',
    lead: 'Seen a bias, breakdown or pitfall sink more than one project? Propose it as a trap, with the signs that give it away and the patterns that counter it.',
    link: 'A trap',
  },
};
