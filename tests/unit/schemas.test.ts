import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemas } from '../../src/schemas/index.ts';
import { CONFIDENCE, FAILURE_KINDS, LENSES, TRAP_KINDS } from '../../src/schemas/vocabulary.ts';
import { ROOT } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const lesson = () => structuredClone(readFrontmatter(FIXTURE).get('lessons/lesson-one')!);

describe('schemas', () => {
  it('accept every entry of the valid fixture library', () => {
    for (const [key, data] of readFrontmatter(FIXTURE)) {
      const collection = key.split('/')[0] as 'patterns';
      expect(schemas[collection].safeParse(data).success, key).toBe(true);
    }
    for (const name of readdirSync(join(FIXTURE, 'authors'))) {
      expect(
        schemas.authors.safeParse(parse(readFileSync(join(FIXTURE, 'authors', name), 'utf8')))
          .success,
        name,
      ).toBe(true);
    }
  });

  it('turn references into collection and id, and dates into real dates', () => {
    const data = schemas.lessons.parse(lesson());
    expect(data.event).toEqual({ collection: 'events', id: 'big-launch' });
    expect(data.tags).toEqual([{ collection: 'tags', id: 'retro' }]);
    expect(data.published).toBeInstanceOf(Date);
    expect(data.actions[0]?.by.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('reject a lesson missing one of the four questions', () => {
    const data = lesson();
    delete (data['questions'] as Record<string, unknown>)['gap'];
    const result = schemas.lessons.safeParse(data);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['questions.gap']);
  });

  it('reject an unknown lens, failure kind and a field that is not in the schema', () => {
    const result = schemas.lessons.safeParse({
      ...lesson(),
      lens: 'vibes',
      failure_kind: 'bad-luck',
      mood: 'sad',
    });
    expect(result.error?.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual([
      'failure_kind',
      'lens',
      'unrecognized_keys',
    ]);
  });

  it('reject an action owned by nobody and a trap with no counter move', () => {
    const data = lesson();
    (data['actions'] as Record<string, unknown>[])[0]!['owner'] = '';
    expect(schemas.lessons.safeParse(data).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'actions.0.owner',
    ]);
    const trap = readFrontmatter(FIXTURE).get('traps/first-trap')!;
    expect(schemas.traps.safeParse({ ...trap, counter_moves: [] }).success).toBe(false);
  });

  it('keep contact details out of author profiles', () => {
    const author = {
      name: 'Dee',
      role: 'Designer',
      bio: 'Dee writes about research and can be reached at dee@mail.example.',
      links: [],
    };
    expect(schemas.authors.safeParse(author).success).toBe(false);
    expect(
      schemas.authors.safeParse({
        ...author,
        bio: 'Dee writes about research.',
        links: [{ kind: 'website', url: 'mailto:dee@x.example' }],
      }).success,
    ).toBe(false);
  });

  it('build every enumeration from the labelled vocabularies', () => {
    expect(schemas.traps.shape.kind.options).toEqual(Object.keys(TRAP_KINDS));
    expect(schemas.lessons.shape.lens.options).toEqual(Object.keys(LENSES));
    expect(schemas.lessons.shape.failure_kind.options).toEqual(Object.keys(FAILURE_KINDS));
    expect(Object.keys(CONFIDENCE)).toEqual(['1', '2', '3']);
  });
});
