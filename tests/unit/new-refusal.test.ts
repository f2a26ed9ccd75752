import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { BASE } from './check-fixtures.ts';

const runNew = (content: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LESSON_SHARE_CONTENT: content },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('npm run new with a control character in an answer', () => {
  it.each([
    [
      'a line break in --name',
      ['--kind', 'author', '--name', 'Dana\nrole: admin', '--role', 'Lead'],
      /--name: holds a line break/,
    ],
    [
      'a carriage return in --role',
      ['--kind', 'author', '--name', 'Dana Field', '--role', 'Lead\r'],
      /--role: holds a line break/,
    ],
    [
      'a bidi override in --title',
      [
        '--kind',
        'trap',
        '--title',
        'A \u202Etrap',
        '--authors',
        'ana-lopez',
        '--tags',
        'retro',
        '--trap-kind',
        'cognitive-bias',
        '--counter-moves',
        'alpha-pattern',
      ],
      /--title: holds the control or invisible character U\+202E/,
    ],
    [
      'an escape in --title',
      [
        '--kind',
        'trap',
        '--title',
        'A \u001b[31mtrap',
        '--authors',
        'ana-lopez',
        '--tags',
        'retro',
        '--trap-kind',
        'cognitive-bias',
        '--counter-moves',
        'alpha-pattern',
      ],
      /U\+001B/,
    ],
  ])('refuses %s with a message naming the flag, and writes nothing', (_, args, message) => {
    const content = copyLibrary(BASE);
    const before = readdirSync(content, { recursive: true }).length;
    const run = runNew(content, args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(content, { recursive: true })).toHaveLength(before);
  });
});
