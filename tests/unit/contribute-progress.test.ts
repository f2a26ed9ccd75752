import { describe, expect, it } from 'vitest';
import { CONTRIBUTE_FORMS } from '../../src/islands/contribute/contribute-forms.ts';
import { checkEntry } from '../../src/islands/contribute/entry-check.ts';
import { sectionsOf } from '../../src/islands/contribute/form-sections.ts';
import { cleanValues, emptyValues, type Values } from '../../src/islands/contribute/form-values.ts';
import { answersToFix, problemsOf } from '../../src/islands/contribute/problems.ts';
import { taskState } from '../../src/islands/contribute/task-state.ts';

const { fields, body: start } = CONTRIBUTE_FORMS.lesson;
const TODAY = new Date('2026-06-01');

// The lesson form's check as the page runs it, and the summary's lines for it with the page's own wording of messages.
async function progress(values: Values, body = start, unticked = 3) {
  const data = cleanValues(fields, values);
  const check = await checkEntry('lesson', data, body, TODAY, [], 'US');
  const problems = problemsOf(check, {
    fields,
    bodyName: 'The story',
    messagesOf: (path) => check.byField[path]?.map((f) => f.message) ?? [],
    checklistLength: 3,
    unticked,
  });
  return { check, problems };
}

describe('the contribute form’s progress', () => {
  it('lists what is left in the form’s order, the story after the fields and the checklist last', async () => {
    const { check, problems } = await progress(emptyValues(fields));
    const order = fields.map((f) => f.key);
    const places = problems
      .map((p) => p.href.replace(/^#field-/, '').split('-')[0] ?? '')
      .filter((key) => order.includes(key));
    expect(places.map((key) => order.indexOf(key))).toEqual(
      [...places.map((key) => order.indexOf(key))].sort((a, b) => a - b),
    );
    expect(problems.at(-1)).toEqual({
      href: '#checklist',
      message: 'Tick each item of the checklist once you have checked it yourself',
    });
    expect(problems.find((p) => p.href === '#field-body')?.message).toMatch(/^The story: /);
    expect(answersToFix(check)).toBe(
      Object.keys(check.byField).length + (check.elsewhere.length > 0 ? 1 : 0),
    );
  });

  it('counts the checklist items left, and lists nothing before the first check', async () => {
    const { problems } = await progress(emptyValues(fields), start, 1);
    expect(problems.at(-1)?.message).toBe(
      'Tick the 1 item left on the checklist once you have checked it yourself',
    );
    expect(
      problemsOf(undefined, {
        fields,
        bodyName: '',
        messagesOf: () => [],
        checklistLength: 3,
        unticked: 3,
      }),
    ).toEqual([]);
  });

  it('says a step is not started, in progress, or completed, from its answers and the check', async () => {
    const sections = sectionsOf(fields, 'lesson', 'The story');
    const titled = sections.find((s) => s.fields.some((f) => f.key === 'title'));
    const story = sections.find((s) => s.fields.length === 0);
    if (!titled || !story) throw new Error('the lesson form has no title step or no story step');
    const empty = emptyValues(fields);
    const { check } = await progress(empty);
    expect(taskState(titled, { values: empty, body: start, start, check, fresh: true })).toBe(
      'Not started',
    );
    expect(taskState(story, { values: empty, body: start, start, check, fresh: true })).toBe(
      'Not started',
    );
    const begun = { ...empty, title: 'Hi' };
    const short = await progress(begun);
    expect(
      taskState(titled, { values: begun, body: start, start, check: short.check, fresh: true }),
    ).toBe('In progress');
    // A result for other answers than those on screen never says a step is done.
    const stale = { values: begun, body: start, start, check: short.check, fresh: false };
    expect(taskState(titled, stale)).toBe('In progress');
  });
});
