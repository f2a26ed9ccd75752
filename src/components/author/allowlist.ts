/**
 * The only components a contributor's MDX may use, with the attributes each one
 * takes (string values only), those it cannot do without (`required`: missing or
 * empty, the page would show an empty section), and whether it takes content between
 * its tags (then it needs some). The checker and the MDX compiler both read this list;
 * `index.ts` maps the same names to the components.
 */
export const AUTHOR_COMPONENTS = {
  Callout: { attributes: ['type', 'title'], required: [], children: true },
  FourQuestions: {
    attributes: ['intended', 'happened', 'gap', 'why'],
    required: ['intended', 'happened', 'gap', 'why'],
    children: false,
  },
  Timeline: { attributes: ['title'], required: [], children: true },
  ActionTable: { attributes: ['lesson'], required: ['lesson'], children: false },
  PatternRef: { attributes: ['slug'], required: ['slug'], children: false },
  TrapRef: { attributes: ['slug'], required: ['slug'], children: false },
} as const satisfies Record<
  string,
  { attributes: readonly string[]; required: readonly string[]; children: boolean }
>;

/** A component's name as written in MDX. */
export type AuthorComponentName = keyof typeof AUTHOR_COMPONENTS;

/** Whether a JSX name is one of the author components. */
export const isAuthorComponent = (name: string): name is AuthorComponentName =>
  Object.hasOwn(AUTHOR_COMPONENTS, name);

/** Which attribute of a component names another entry, and in which collection it must exist. */
export const COMPONENT_REFERENCES: Partial<
  Record<AuthorComponentName, { attribute: string; collection: 'patterns' | 'traps' | 'lessons' }>
> = {
  PatternRef: { attribute: 'slug', collection: 'patterns' },
  TrapRef: { attribute: 'slug', collection: 'traps' },
  ActionTable: { attribute: 'lesson', collection: 'lessons' },
};

/** The kinds a Callout may be. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
