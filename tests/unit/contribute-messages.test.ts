import { describe, expect, it } from 'vitest';
import { checkInPage } from '../../src/check/runner/in-page.ts';
import { CONTRIBUTE_FORMS } from '../../src/islands/contribute/contribute-forms.ts';
import {
  entryFile,
  CONTRIBUTE_COLLECTIONS,
  type ContributeKind,
} from '../../src/islands/contribute/entry-file.ts';
import { sectionsOf } from '../../src/islands/contribute/form-sections.ts';
import { cleanValues, emptyValues, linesOf } from '../../src/islands/contribute/form-values.ts';
import { messageFor } from '../../src/islands/contribute/messages.ts';

// What a validator says, which a person filling in a form should never read.
const SCHEMA_WORDING =
  /expected (string|array|number|one of)|>=|<=|must be one of|Too (small|big)|Invalid (input|option)|`[a-z_]+(\.\d+)?(\.[a-z_]+)?`|^[a-z_]+:/;
const KINDS = Object.keys(CONTRIBUTE_FORMS) as ContributeKind[];

// Every finding the page's check makes on a file, with the message the form shows for it.
async function messages(
  kind: ContributeKind,
  change: (values: ReturnType<typeof emptyValues>) => void,
) {
  const { fields, body } = CONTRIBUTE_FORMS[kind];
  const values = emptyValues(fields);
  change(values);
  const file = entryFile(kind, cleanValues(fields, values), body, new Date('2026-06-01'));
  const { findings, fieldAt } = await checkInPage(
    file.path,
    file.text,
    CONTRIBUTE_COLLECTIONS[kind],
    'US',
  );
  return findings.flatMap((finding) => {
    const path = fieldAt(finding.line)?.replace(/\.\d+$/, '');
    return path && path !== 'body' ? [messageFor(fields, values, path, finding, kind)] : [];
  });
}

describe('the contribute form’s messages', () => {
  for (const kind of KINDS) {
    it(`say what an empty ${kind} form needs in plain words, never the validator's`, async () => {
      const said = await messages(kind, () => {});
      expect(said.length).toBeGreaterThan(3);
      for (const message of said) expect(message).not.toMatch(SCHEMA_WORDING);
    });
  }

  it('name the limit a field breaks, from the schema: a title too short, too few warning signs', async () => {
    expect(await messages('lesson', (v) => (v['title'] = 'Hi'))).toContain(
      '“Title” must be 3 characters or more',
    );
    const signs = await messages('trap', (v) => (v['warning_signs'] = 'Only one sign here.'));
    expect(signs).toContain('Write at least two warning signs, one a line');
  });

  it('keep the words of a rule that speaks to people, without the field name it starts with', async () => {
    const said = await messages(
      'lesson',
      (v) => (v['summary'] = 'Write to ops.lead@acme-corp.io about it, please.'),
    );
    expect(said.some((m) => m.includes('e-mail address `ops.lead@acme-corp.io`'))).toBe(true);
  });
});

describe('the contribute form’s steps', () => {
  it('cut the lesson form at its groups and lists, with the body last, every field in one step', () => {
    const { fields } = CONTRIBUTE_FORMS.lesson;
    const steps = sectionsOf(fields, 'lesson', 'The story');
    expect(steps.map((s) => s.title)).toEqual([
      'About your lesson',
      'The four questions',
      'The personal lesson',
      'Actions',
      'Decision rule',
      'Links to the library',
      'The story',
    ]);
    expect(steps.flatMap((s) => s.fields.map((f) => f.key)).sort()).toEqual(
      fields.map((f) => f.key).sort(),
    );
  });
});

describe('a one-a-line field', () => {
  it('drops a Markdown list marker typed before a line, so the page prints one marker', () => {
    expect(
      linesOf('- flat charts\n* no alert\n+ quiet\n1. silence\n• calm\n  plain  \n\n'),
    ).toEqual(['flat charts', 'no alert', 'quiet', 'silence', 'calm', 'plain']);
  });
});
