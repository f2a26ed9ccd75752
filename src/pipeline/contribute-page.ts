import { site } from '../../site.config.ts';
import pullRequestTemplate from '../../.github/pull_request_template.md?raw';
import { checklistItems } from '../view/checklist.ts';
import type { ContributeProps } from '../islands/contribute/Contribute.tsx';
import type { ContributeKind } from '../islands/contribute/entry-file.ts';
import { getLibrary } from './load-library.ts';

/** One entry of the library a contributor may pick, by id. */
export interface Choice {
  value: string;
  label: string;
}

/** Everything the contribute page hands its island, worked out at build time: the island's props. */
export type ContributePage = ContributeProps;

// The section of .github/pull_request_template.md a contributor ticks before sending; its other checklist is what the pull request's own check runs.
const CHECKLIST_HEADING = '## Sanitization checklist';

/** A contribute page's data: the library's choices, the kind's taken slugs and the checklist. */
export async function contributePage(kind: ContributeKind): Promise<ContributePage> {
  const library = await getLibrary();
  const titled = (entries: { id: string; data: { title: string } }[]) =>
    entries.map((e) => ({ value: e.id, label: e.data.title }));
  const taken = { lesson: library.lessons, pattern: library.patterns, trap: library.traps }[kind];
  return {
    kind,
    choices: {
      authors: library.authors.map((e) => ({ value: e.id, label: e.data.name })),
      tags: library.tags.map((e) => ({ value: e.id, label: e.data.label })),
      events: titled(library.events),
      patterns: titled(library.patterns),
      traps: titled(library.traps),
      lessons: titled(library.lessons),
    },
    takenSlugs: taken.flatMap((e) => [e.id, ...e.data.aliases]),
    checklist: checklistItems(pullRequestTemplate, CHECKLIST_HEADING),
    repository: site.repository,
    branch: site.branch,
  };
}
