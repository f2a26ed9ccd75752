/**
 * How the contribute form words its fields, by path (`actions.what` for every action's `what`). Wording only:
 * which fields exist and what they accept come from the schema, and a field missing here is labelled from its key.
 */

/** A field's label, the hint under it, and what the form says when it is left empty. */
export interface Wording {
  label: string;
  hint?: string;
  /** The message for an empty required field, as GOV.UK words one: "Enter a title". */
  missing?: string;
}

const WORDING: Record<string, Wording> = {
  title: {
    label: 'Title',
    hint: 'It also names the file and the address of the page.',
    missing: 'Enter a title',
  },
  summary: {
    label: 'Summary',
    hint: 'One sentence: what happened, and what it taught you.',
    missing: 'Write a one-sentence summary',
  },
  authors: {
    label: 'Authors',
    hint: 'You, and anyone who wrote it with you. Not listed yet? CONTRIBUTING explains how to add yourself in the same pull request.',
    missing: 'Choose yourself and anyone who wrote it with you',
  },
  tags: {
    label: 'Tags',
    hint: 'What the lesson is about, from the library’s vocabulary.',
    missing: 'Choose at least one tag',
  },
  event: { label: 'The shared event it comes from', hint: 'Leave it at None if there is none.' },
  lens: { label: 'The lens you looked through', missing: 'Choose the lens you looked through' },
  failure_kind: {
    label: 'What kind of failure it was',
    missing: 'Choose what kind of failure it was',
  },
  questions: {
    label: 'The four questions',
    hint: 'Two or three sentences each, with dates and numbers, about conditions and decisions.',
  },
  'questions.intended': { label: 'What we intended', missing: 'Say what you intended' },
  'questions.happened': {
    label: 'What actually happened',
    missing: 'Say what actually happened',
  },
  'questions.gap': {
    label: 'The gap between the two',
    missing: 'Describe the gap between what you intended and what happened',
  },
  'questions.why': {
    label: 'Why',
    hint: 'The conditions, signals and pressures that opened the gap, and why that makes it the kind of failure you chose.',
    missing: 'Say why the gap opened',
  },
  personal_lesson: {
    label: 'The personal lesson',
    hint: 'Read as: “The pattern of … showed me I need to develop …; my plan is to ….”',
  },
  'personal_lesson.pattern': {
    label: 'The pattern of…',
    missing: 'Name the pattern the failure showed you',
  },
  'personal_lesson.develop': {
    label: '…showed me I need to develop…',
    missing: 'Say what you need to develop',
  },
  'personal_lesson.plan': {
    label: '…my plan is to…',
    hint: 'A concrete step, starting with a verb.',
    missing: 'Say what your plan is',
  },
  actions: {
    label: 'Actions',
    hint: 'Each with an owner that is a role, never a person, a date, and a way to verify it happened.',
  },
  'actions.what': { label: 'What will be done', missing: 'Say what will be done' },
  'actions.owner': {
    label: 'Owner (a role)',
    hint: 'Such as “team lead”, never a name.',
    missing: 'Name the role that owns the action',
  },
  'actions.by': { label: 'By', missing: 'Enter the date it is due by' },
  'actions.verify': {
    label: 'How we will verify it',
    missing: 'Say how you will know it was done',
  },
  patterns: { label: 'Patterns the lesson cites' },
  traps: { label: 'Traps it fell into' },
};

// Where a pattern's or trap's field is worded otherwise than a lesson's, or is its own.
const KIND_WORDING: Record<string, Record<string, Wording>> = {
  pattern: {
    summary: {
      label: 'Summary',
      hint: 'One sentence: the recurring problem, and the move that gets a group through it.',
      missing: 'Write a one-sentence summary',
    },
    tags: {
      label: 'Tags',
      hint: 'What the pattern is about, from the library’s vocabulary.',
      missing: 'Choose at least one tag',
    },
    also_known_as: { label: 'Other names it goes by' },
    draws_on: {
      label: 'Fields of practice it draws on',
      missing: 'Choose at least one field of practice',
    },
    related: { label: 'Patterns that work well alongside it' },
    counters: { label: 'Traps it counters' },
  },
  trap: {
    summary: {
      label: 'Summary',
      hint: 'One sentence: the trap, and what it does to the decisions it touches.',
      missing: 'Write a one-sentence summary',
    },
    tags: {
      label: 'Tags',
      hint: 'What the trap is about, from the library’s vocabulary.',
      missing: 'Choose at least one tag',
    },
    kind: { label: 'What kind of trap it is', missing: 'Choose what kind of trap it is' },
    shows_up_in: {
      label: 'Where its warning signs show up',
      missing: 'Choose where its warning signs show up',
    },
    warning_signs: {
      label: 'Warning signs',
      hint: 'What you notice as you fall into it: at least two, short.',
      missing: 'Write at least two warning signs, one a line',
    },
    counter_moves: {
      label: 'Patterns that counter it',
      hint: 'Not in the library yet? Propose the pattern too.',
      missing: 'Choose at least one pattern that counters it',
    },
  },
};

// `failure_kind` reads "Failure kind".
const fromKey = (key: string) => {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The wording of a field at a schema path (list indexes left out) in the form of a kind of entry. */
export function wordingOf(schemaPath: string, key: string, kind = 'lesson'): Wording {
  return KIND_WORDING[kind]?.[schemaPath] ?? WORDING[schemaPath] ?? { label: fromKey(key) };
}

/** What one item of a list is called: "Action 2". */
export function itemLabel(listLabel: string, index: number): string {
  const one = listLabel.replace(/s$/, '');
  return `${one} ${index + 1}`;
}
