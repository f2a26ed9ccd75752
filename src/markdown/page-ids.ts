import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The ids an entry's page gives its own parts around the body: the skip link's target, the search box, the outline,
 * a lesson's four questions, personal lesson, actions and revisits, a trap's warning signs, a pattern's evidence, an
 * event's summary, the citation. The layouts take their ids from here, and the renderer keeps a body heading off
 * them, so `## Actions` in a body never captures the page's own table of contents or skip link.
 */
export const PAGE_IDS = {
  main: 'main',
  siteSearch: 'site-search',
  onThisPage: 'on-this-page',
  citeThis: 'cite-this',
  fourQuestions: 'four-questions',
  personalLesson: 'personal-lesson',
  actions: 'actions',
  revisited: 'revisited',
  warningSigns: 'warning-signs',
  cameBack: 'came-back',
  evidence: 'evidence',
  inShort: 'in-short',
  lessons: 'lessons',
} as const;

/** A lesson's action row, which a trap's "came back" list links to. */
export const actionRowId = (n: number) => `action-${n}`;
/** An event's group of lessons of one lens. */
export const lensGroupId = (lens: string) => `lens-${lens}`;

const RESERVED: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));
// The numbered and named ids above: `action-3`, `lens-user-assumptions`.
const RESERVED_FAMILY = new RegExp(
  `^(?:${actionRowId(0).replace('0', '\\d+')}|${lensGroupId('')}[\\w-]+)$`,
);
const reserved = (id: string) => RESERVED.has(id) || RESERVED_FAMILY.test(id);

/** A rehype plugin, after rehype-slug: a body id the page already uses becomes the next free `<id>-1`, `<id>-2`, as rehype-slug numbers repeats. */
export default function rehypePageIds() {
  return (tree: Root) => {
    const clashing: Element[] = [];
    const taken = new Set<string>(RESERVED);
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      if (reserved(id)) clashing.push(node);
      else taken.add(id);
    });
    for (const node of clashing) {
      const id = node.properties['id'] as string;
      let n = 1;
      while (taken.has(`${id}-${n}`) || RESERVED.has(`${id}-${n}`)) n++;
      node.properties['id'] = `${id}-${n}`;
      taken.add(`${id}-${n}`);
    }
  };
}
