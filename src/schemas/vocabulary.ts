/**
 * The library's closed vocabularies, with the human labels shown on pages.
 * Schemas build their enums from these keys, so a label can never drift from a value.
 */

/** How well a pattern is established, shown as one to three stars. */
export const CONFIDENCE = {
  1: { label: 'Emerging', meaning: 'Seen working at least once; still being tested.' },
  2: { label: 'Tested', meaning: 'Has worked in more than one setting, with known limits.' },
  3: { label: 'Established', meaning: 'Repeatedly confirmed across many independent settings.' },
} as const;

/** The three families of decision trap. */
export const TRAP_KINDS = {
  'cognitive-bias': { label: 'Cognitive bias', meaning: 'A shortcut in individual judgement.' },
  'collaboration-breakdown': {
    label: 'Collaboration breakdown',
    meaning: 'A failure in how people work together.',
  },
  'methodological-pitfall': {
    label: 'Methodological pitfall',
    meaning: 'A flaw in how the work or the evidence is set up.',
  },
} as const;

/** Where a trap's warning signs show up: the places a reader notices that something is wrong. */
export const SIGN_PLACES = {
  decisions: {
    label: 'In decisions and meetings',
    meaning: 'How a choice is argued for, settled and recorded.',
  },
  experiments: {
    label: 'In tests and experiments',
    meaning: 'How a test is planned, run, stopped and read.',
  },
  metrics: { label: 'In the numbers', meaning: 'What the dashboards, metrics and data say.' },
  reviews: {
    label: 'In reviews and retrospectives',
    meaning: 'What happens when a group looks back at what went wrong.',
  },
  'follow-through': {
    label: 'In what happens afterwards',
    meaning: 'Whether the actions and changes that were agreed actually happen.',
  },
} as const;

/** The lenses a failure is examined through. */
export const LENSES = {
  'user-assumptions': {
    label: 'User & assumptions',
    meaning: 'What we believed about the people we served.',
  },
  'data-instrumentation': { label: 'Data & instrumentation', meaning: 'What we measured and how.' },
  'execution-process': {
    label: 'Execution & process',
    meaning: 'How the work was planned and carried out.',
  },
  business: { label: 'Business', meaning: 'Strategy, money, timing and the market.' },
  other: { label: 'Other', meaning: 'Anything the other lenses miss.' },
} as const;

/** Why a failure happened: the distinction that decides what to do about it. */
export const FAILURE_KINDS = {
  avoidable: { label: 'Avoidable', meaning: 'Known practice would have prevented it.' },
  inherent: { label: 'Inherent', meaning: 'Complexity made it likely whatever we did.' },
  experiment: {
    label: 'Necessary experiment',
    meaning: 'A deliberate test whose failure taught us what we set out to learn.',
  },
} as const;

/** When an experiment's decision rule (what result means stop, adapt or continue) was written down. */
export const DECISION_RULE_TIMINGS = {
  before: { label: 'Declared before it ran', meaning: 'Written down before any result was seen.' },
  after: { label: 'Written after results', meaning: 'Agreed only once results were coming in.' },
  never: { label: 'None', meaning: 'The experiment ran without a decision rule.' },
} as const;

/**
 * What a tag says about an entry. The source guide's "tags that matter" (system, root cause,
 * impacted metric) beside the library's general topics; each is its own search facet, whose key is `facet`.
 */
export const TAG_DIMENSIONS = {
  system: {
    label: 'System',
    meaning: 'The product, pipeline or process where the failure happened.',
    facet: 'system',
  },
  'root-cause': {
    label: 'Root cause',
    meaning: 'The condition that let the failure happen.',
    facet: 'root-cause',
  },
  metric: {
    label: 'Impacted metric',
    meaning: 'The number the failure moved, or hid.',
    facet: 'metric',
  },
  topic: {
    label: 'Topic',
    meaning: 'The practice or subject the entry is about.',
    facet: 'tag',
  },
} as const;

/** Fields a pattern draws on. */
export const FIELDS = {
  learning: { label: 'Learning' },
  resilience: { label: 'Resilience' },
  'psychological-safety': { label: 'Psychological safety' },
  experimentation: { label: 'Experimentation' },
  'decision-making': { label: 'Decision making' },
  facilitation: { label: 'Facilitation' },
  'knowledge-management': { label: 'Knowledge management' },
} as const;

/** Where a follow-up action stands. */
export const ACTION_STATUSES = {
  planned: { label: 'Planned', meaning: 'Agreed and not yet done.' },
  done: { label: 'Done', meaning: 'Done, with a dated outcome.' },
  dropped: { label: 'Dropped', meaning: 'Deliberately not done, with the reason.' },
} as const;

/** Typed relations between patterns, each with how it reads from the other side. */
export const PATTERN_RELATIONS = {
  complements: { label: 'Complements', inverse: 'Complements' },
  'alternative-to': { label: 'Alternative to', inverse: 'Alternative to' },
  refines: { label: 'Refines', inverse: 'Refined by' },
} as const;

/** Kinds of link an author may list; e-mail and phone are deliberately absent. */
export const LINK_KINDS = {
  website: { label: 'Website' },
  github: { label: 'GitHub' },
  gitlab: { label: 'GitLab' },
  linkedin: { label: 'LinkedIn' },
  mastodon: { label: 'Mastodon' },
  bluesky: { label: 'Bluesky' },
  other: { label: 'Link' },
} as const;

/** The keys of a vocabulary as a non-empty tuple, ready for `z.enum`. */
export function keysOf<T extends Record<string, unknown>>(
  vocabulary: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
