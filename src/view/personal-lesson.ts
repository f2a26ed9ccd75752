/** The three parts of a personal lesson, as the lesson schema holds them. */
export interface PersonalLesson {
  pattern: string;
  develop: string;
  plan: string;
}

const trimEnd = (text: string) => text.trim().replace(/[.;,\s]+$/, '');

/** "The pattern of X showed me I need to develop Y; my plan is to Z." — whether or not Z starts with "to". */
export function personalLessonSentence({ pattern, develop, plan }: PersonalLesson): string {
  const action = trimEnd(plan).replace(/^to\s+/i, '');
  return `The pattern of ${trimEnd(pattern)} showed me I need to develop ${trimEnd(develop)}; my plan is to ${action}.`;
}
