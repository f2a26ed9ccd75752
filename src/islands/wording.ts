/**
 * How the contribute form words its fields, by path (`actions.what` for every action's `what`). Wording only:
 * which fields exist and what they accept come from the schema, and a field missing here is labelled from its key.
 */

/** A field's label and the hint under it. */
export interface Wording {
  label: string;
  hint?: string;
}

const WORDING: Record<string, Wording> = {
  title: { label: 'Title', hint: 'It also names the file and the address of the page.' },
  summary: { label: 'Summary', hint: 'One sentence: what happened, and what it taught you.' },
  authors: {
    label: 'Authors',
    hint: 'You, and anyone who wrote it with you. Not listed yet? CONTRIBUTING explains how to add yourself in the same pull request.',
  },
  tags: { label: 'Tags', hint: 'What the lesson is about, from the library’s vocabulary.' },
  event: { label: 'The shared event it comes from', hint: 'Leave it at None if there is none.' },
  lens: { label: 'The lens you looked through' },
  failure_kind: { label: 'What kind of failure it was' },
  questions: {
    label: 'The four questions',
    hint: 'Two or three sentences each, with dates and numbers, about conditions and decisions.',
  },
  'questions.intended': { label: 'What we intended' },
  'questions.happened': { label: 'What actually happened' },
  'questions.gap': { label: 'The gap between the two' },
  'questions.why': {
    label: 'Why',
    hint: 'The conditions, signals and pressures that opened the gap, and why that makes it the kind of failure you chose.',
  },
  personal_lesson: {
    label: 'The personal lesson',
    hint: 'Read as: “The pattern of … showed me I need to develop …; my plan is to ….”',
  },
  'personal_lesson.pattern': { label: 'The pattern of…' },
  'personal_lesson.develop': { label: '…showed me I need to develop…' },
  'personal_lesson.plan': {
    label: '…my plan is to…',
    hint: 'A concrete step, starting with a verb.',
  },
  actions: {
    label: 'Actions',
    hint: 'Each with an owner that is a role, never a person, a date, and a way to verify it happened.',
  },
  'actions.what': { label: 'What will be done' },
  'actions.owner': { label: 'Owner (a role)', hint: 'Such as “team lead”, never a name.' },
  'actions.by': { label: 'By' },
  'actions.verify': { label: 'How we will verify it' },
  patterns: { label: 'Patterns the lesson cites' },
  traps: { label: 'Traps it fell into' },
};

// Where a pattern's or trap's field is worded otherwise than a lesson's, or is its own.
const KIND_WORDING: Record<string, Record<string, Wording>> = {
  pattern: {
    summary: {
      label: 'Summary',
      hint: 'One sentence: the recurring problem, and the move that gets a group through it.',
    },
    tags: { label: 'Tags', hint: 'What the pattern is about, from the library’s vocabulary.' },
    also_known_as: { label: 'Other names it goes by' },
    draws_on: { label: 'Fields of practice it draws on' },
    related: { label: 'Patterns that work well alongside it' },
    counters: { label: 'Traps it counters' },
  },
  trap: {
    summary: {
      label: 'Summary',
      hint: 'One sentence: the trap, and what it does to the decisions it touches.',
    },
    tags: { label: 'Tags', hint: 'What the trap is about, from the library’s vocabulary.' },
    kind: { label: 'What kind of trap it is' },
    shows_up_in: { label: 'Where its warning signs show up' },
    warning_signs: {
      label: 'Warning signs',
      hint: 'What you notice as you fall into it: at least two, short.',
    },
    counter_moves: {
      label: 'Patterns that counter it',
      hint: 'Not in the library yet? Propose the pattern too.',
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
