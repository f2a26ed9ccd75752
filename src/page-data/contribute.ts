import type { ContributeKind } from '../islands/contribute/entry-file.ts';
import { checklistItems } from '../view/checklist.ts';
import { heaviestByLabel } from '../domain/sort.ts';
import type { ContributePage, PageInputs } from './types.ts';

// The section of .github/pull_request_template.md a contributor ticks before sending; its other checklist is what the pull request's own check runs.
const CHECKLIST_HEADING = '## Sanitization checklist';

/**
 * A contribute page's data: the library's choices, the kind's taken slugs, and the checklist from the
 * pull-request template's text.
 */
export function contributePage(
  { library, site }: Pick<PageInputs, 'library' | 'site'>,
  kind: ContributeKind,
  pullRequestTemplate: string,
): ContributePage {
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
    region: site.region,
    checklist: checklistItems(pullRequestTemplate, CHECKLIST_HEADING),
    repository: site.repository,
    branch: site.branch,
    examplePattern: examplePattern(library),
  };
}

/** The library's most cited pattern (the first in library order among equals), as an example a reader or contributor can use. */
export function examplePattern(
  library: Pick<PageInputs['library'], 'patterns' | 'graph'>,
): { value: string; label: string } | undefined {
  const [pattern] = heaviestByLabel(
    library.patterns,
    (p) => library.graph.lessonsCiting(p.id).length,
    (p) => p.data.title,
    1,
  );
  return pattern && { value: pattern.id, label: pattern.data.title };
}
