import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../src/check/runner/cli.ts';
import { ROOT } from '../helpers/build.ts';

const content = join(ROOT, 'tests/fixtures/library');
const parse = (...args: string[]) => parseCheckArgs(args, content, ROOT);

describe('check arguments', () => {
  it('accepts named entries and --no-cache', () => {
    expect(parse('tests/fixtures/library/lessons/lesson-one.mdx', '--no-cache')).toEqual({
      files: ['tests/fixtures/library/lessons/lesson-one.mdx'],
      cache: false,
      help: false,
    });
    expect(parse()).toEqual({ files: [], cache: true, help: false });
  });

  it('refuses an unknown flag and names it', () => {
    expect(parse('--no-cahce')).toEqual({
      error: expect.stringMatching(/^Unknown option '--no-cahce'\. The check takes --no-cache/),
    });
  });

  it('refuses a named file that does not exist instead of checking nothing', () => {
    expect(parse('missing.mdx')).toEqual({
      error:
        'missing.mdx: no such file. Name files of the library, e.g. content/lessons/<slug>.mdx.',
    });
  });

  it('refuses a file outside the content folder or one that is not an entry', () => {
    expect(parse('README.md')).toEqual({
      error: expect.stringContaining('README.md: not a file of the library'),
    });
    expect(parse('tests/fixtures/library/lessons')).toEqual({
      error: expect.stringContaining('not a file of the library'),
    });
  });
});
