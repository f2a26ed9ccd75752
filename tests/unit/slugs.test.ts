import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyLibrary } from '../helpers/content.ts';
import { BASE, checkFixture } from './check-fixtures.ts';
import { slugFor } from '../../scripts/new/questions.ts';
import { toSlug } from '../../src/check/text/slugs.ts';
import { slug } from '../../src/schemas/common.ts';

// Names and titles from libraries written in other languages, and the permalink each should get.
const CASES: [string, string][] = [
  ['Şükrü Yılmaz', 'sukru-yilmaz'],
  ['Ólafur Þórsson', 'olafur-thorsson'],
  ['Guðrún Straße', 'gudrun-strasse'],
  ['Łukasz Øster', 'lukasz-oster'],
  ['José Ñúñez', 'jose-nunez'],
  [
    '"It\'s Only a Config Change" & Other Famous Last Words 🙃',
    'its-only-a-config-change-and-other-famous-last-words',
  ],
  ['96% Trained, 0% Ready?', '96-trained-0-ready'],
];

describe('slugs', () => {
  it.each(CASES)('`npm run new` makes %j the permalink %s, a valid slug', (name, expected) => {
    expect(slugFor('author', { name })).toEqual({ slug: expected });
    expect(slugFor('lesson', { title: name })).toEqual({ slug: expected });
    expect(slug.safeParse(expected).success).toBe(true);
  });

  it('asks for a slug when a name has no letters it can write in ASCII', () => {
    expect(slugFor('author', { name: '王芳' })).toEqual({
      problem: 'cannot make a slug from `王芳`: give one with --slug.',
    });
  });

  it('has the `slugs` rule suggest the very slug the scaffolder would make', async () => {
    const content = copyLibrary(BASE);
    for (const [name] of CASES.slice(0, 5))
      writeFileSync(
        join(content, `authors/${name}.yaml`),
        `name: ${name}\nrole: Engineer\nbio: A member added by a test of slugs.\n`,
      );
    const findings = (await checkFixture(content)).findings.filter((f) => f.rule === 'slugs');
    for (const [name, expected] of CASES.slice(0, 5)) {
      expect(toSlug(name)).toBe(expected);
      expect(findings.map((f) => f.message)).toContain(
        `file name \`${name}\` is not a URL slug: rename it to \`${expected}\` (lowercase letters, digits and hyphens).`,
      );
    }
  });
});
