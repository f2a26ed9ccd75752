import { describe, expect, it } from 'vitest';
import { personalLessonSentence } from '../../src/view/personal-lesson.ts';

describe('personalLessonSentence', () => {
  it('reads the three parts as one sentence', () => {
    expect(
      personalLessonSentence({
        pattern: 'rushing past doubts',
        develop: 'patience',
        plan: 'pair with a reviewer',
      }),
    ).toBe(
      'The pattern of rushing past doubts showed me I need to develop patience; my plan is to pair with a reviewer.',
    );
  });

  it('does not double "to" or the closing full stop when the author wrote them', () => {
    expect(
      personalLessonSentence({
        pattern: 'haste.',
        develop: 'patience;',
        plan: 'To pair with a reviewer.',
      }),
    ).toBe(
      'The pattern of haste showed me I need to develop patience; my plan is to pair with a reviewer.',
    );
  });
});
