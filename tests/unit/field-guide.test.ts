import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEntry } from '../../src/view/entry-templates.ts';
import { fieldReference } from '../../src/view/field-guide.ts';
import { ROOT } from '../helpers/build.ts';

const CONTRIBUTING = join(ROOT, 'CONTRIBUTING.md');
const BLOCK = /(<!-- fields:start -->\n)[\s\S]*?(<!-- fields:end -->)/;
const today = new Date('2026-12-06');

describe('the field reference', () => {
  it("is CONTRIBUTING.md's list of every field, as the schemas have it", () => {
    const written = readFileSync(CONTRIBUTING, 'utf8');
    const expected = written.replace(BLOCK, `$1\n${fieldReference()}\n\n$2`);
    if (process.env['UPDATE_FIXTURES']) writeFileSync(CONTRIBUTING, expected);
    const text = readFileSync(CONTRIBUTING, 'utf8');
    expect(text).toBe(expected);
    // What the tester had to learn from ten errors is written down.
    expect(text).toMatch(
      /\| shows_up_in \| no \| a list of decisions \(In decisions and meetings\), experiments/,
    );
    expect(text).toMatch(
      /\| relations \| no \| a list of items, each with `type`: one of complements/,
    );
    expect(text).toMatch(/\| title \| yes \| text, 3 to 120 characters \|/);
  });

  it('names, in each template, the title limit and every field the template leaves out', () => {
    const trap = renderEntry(
      'trap',
      {
        title: 'Alarm fatigue',
        authors: ['a'],
        tags: ['t'],
        trapKind: 'cognitive-bias',
        counterMoves: ['p'],
      },
      today,
    );
    expect(trap).toContain('# title: text, 3 to 120 characters\ntitle: Alarm fatigue');
    expect(trap).toMatch(
      /^# shows_up_in: a list of decisions \(In decisions and meetings\), .*follow-through/m,
    );
    const pattern = renderEntry(
      'pattern',
      {
        title: 'Paper-day drill',
        authors: ['a'],
        tags: ['t'],
        confidence: '1',
        drawsOn: ['learning'],
      },
      today,
    );
    expect(pattern).toMatch(
      /^# relations: a list of items, each with `type`: one of complements \(Complements\), alternative-to/m,
    );
    const lesson = renderEntry(
      'lesson',
      { title: 'A lesson', authors: ['a'], tags: ['t'], lens: 'business', failureKind: 'inherent' },
      today,
    );
    for (const field of ['featured', 'revisited', 'decision_rule', 'updated', 'aliases'])
      expect(lesson).toMatch(new RegExp(`^# ${field}: `, 'm'));
    // A field the template writes is not listed again.
    expect(lesson).not.toMatch(/^# lens: one of/m);
  });
});
