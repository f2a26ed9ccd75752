import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { BASE } from './check-fixtures.ts';

const run = (script: string, content: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    env: { ...process.env, LESSON_SHARE_CONTENT: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });

describe('a library without permalinks.json', () => {
  it('is told by `npm run check` that its URLs are not protected, and how to start the file', () => {
    const content = copyLibrary(BASE);
    const check = run('check.ts', content);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      /permalinks\.json does not exist, so this library's published URLs are not protected: .*Run `npm run permalinks`/,
    );
    expect(run('permalinks.ts', content).status).toBe(0);
    expect(existsSync(join(dirname(content), 'permalinks.json'))).toBe(true);
    expect(run('check.ts', content).stdout).not.toMatch(/not protected/);
  });
});
