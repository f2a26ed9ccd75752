/**
 * How much Pagefind weighs the words of the parts of a page that describe a situation, against 1 for body text
 * (`data-pagefind-weight`; a title weighs 7). A reader describes symptoms, and these parts are the symptoms.
 */
export const SITUATION_WEIGHT = {
  /** An entry's one-sentence summary. */
  summary: 3,
  /** A trap's warning signs. */
  warningSigns: 3,
  /** A lesson's four questions. */
  questions: 2,
  /** A pattern's Context and Problem sections. */
  patternProblem: 2,
} as const;

/** The `##` sections of a pattern that describe the situation it is for, by their heading ids. */
const PROBLEM_SECTIONS = ['context', 'problem'];

/**
 * A pattern's rendered body with every block of its Context and Problem sections weighted for search, so a
 * reader's description of what is happening finds the pattern for it before those that only mention the words.
 */
export function weighProblemSections(html: string): string {
  return html.replace(
    /(<h2[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?)(?=<h2[\s>]|$)/g,
    (section: string, _: string, id: string) =>
      PROBLEM_SECTIONS.includes(id)
        ? section.replace(
            /<(p|ul|ol|blockquote)(?=[\s>])/g,
            `<$1 data-pagefind-weight="${SITUATION_WEIGHT.patternProblem}"`,
          )
        : section,
  );
}
