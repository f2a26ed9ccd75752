import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { CALLOUT_TYPES, COMPONENT_REFERENCES, type AuthorComponentName } from './allowlist.ts';

/** A component's literal props, as an entry writes them (the allowlist admits string values only). */
export type Props = Readonly<Record<string, string>>;

/** The element a component that names another entry leaves in the stored HTML, for the page to fill with that entry's current data. */
const REF_TAG = 'ls-ref';

const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const;
const calloutType = (type: string | undefined) =>
  (CALLOUT_TYPES as readonly string[]).includes(type ?? '')
    ? (type as (typeof CALLOUT_TYPES)[number])
    : 'note';

// A titled block: the title as a bold first paragraph, then what the author wrote inside.
const titled = (
  tag: string,
  [block, ...modifiers]: [string, ...string[]],
  title: string,
  children: ElementContent[],
): Element =>
  h(tag, { className: [block, ...modifiers], ariaLabel: title }, [
    h('p', { className: [`${block}__title`] }, [h('strong', title)]),
    ...children,
  ]);

/**
 * What each author component renders to, from its literal props and its rendered children alone.
 * Components that show another entry render a placeholder: that entry's title or actions are read
 * when the page is built, so an edit to it never leaves a stale copy in this entry's stored HTML.
 */
export const renderers: Record<
  AuthorComponentName,
  (props: Props, children: ElementContent[]) => Element
> = {
  Callout: (props, children) => {
    const type = calloutType(props['type']);
    return titled(
      'aside',
      ['callout', `callout--${type}`],
      props['title'] ?? CALLOUT_LABELS[type],
      children,
    );
  },
  // Without a title of its own it shows none: it usually sits under a `## Timeline` heading, which says it already.
  Timeline: (props, children) =>
    props['title']
      ? titled('section', ['timeline'], props['title'], children)
      : h('section', { className: ['timeline'], ariaLabel: 'Timeline' }, children),
  FourQuestions: (props) =>
    h(
      'div',
      { className: ['questions'] },
      (
        [
          ['What we intended', props['intended']],
          ['What actually happened', props['happened']],
          ['The gap', props['gap']],
          ['Why', props['why']],
        ] as const
      ).map(([question, answer]) => h('div', [h('h3', question), h('p', answer ?? '')])),
    ),
  PatternRef: (props) => reference('PatternRef', props),
  TrapRef: (props) => reference('TrapRef', props),
  ActionTable: (props) => reference('ActionTable', props),
};

function reference(name: keyof typeof COMPONENT_REFERENCES, props: Props): Element {
  const { attribute, collection } = COMPONENT_REFERENCES[name] as NonNullable<
    (typeof COMPONENT_REFERENCES)[typeof name]
  >;
  return h(REF_TAG, { dataCollection: collection, dataId: props[attribute] ?? '' });
}

/** An entry named by a component in a stored body. */
export interface BodyReference {
  collection: 'patterns' | 'traps' | 'lessons';
  id: string;
}

// Exactly what hast-util-to-html writes for a placeholder; ids are slugs, so nothing in them is escaped.
const STORED_REF = new RegExp(
  `<${REF_TAG} data-collection="(patterns|traps|lessons)" data-id="([a-z0-9-]*)"></${REF_TAG}>`,
  'g',
);

/** A stored body cut at its placeholders: HTML runs, and the entries to render between them. */
export function splitAtReferences(html: string): (string | BodyReference)[] {
  const parts: (string | BodyReference)[] = [];
  let last = 0;
  for (const match of html.matchAll(STORED_REF)) {
    parts.push(html.slice(last, match.index));
    parts.push({ collection: match[1] as BodyReference['collection'], id: match[2] as string });
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return parts.filter((part) => part !== '');
}

/** The entries a stored body names through its components, whose data its page shows. */
export const entriesNamedIn = (html: string): BodyReference[] =>
  splitAtReferences(html).filter((part): part is BodyReference => typeof part !== 'string');
