import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlugins } from '../../src/markdown/index.ts';
import { ROOT } from '../helpers/build.ts';

const body = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const compileEntry = (source: string) =>
  compile({ value: source, path: 'entry.mdx' }, { remarkPlugins: remarkPlugins as PluggableList });

describe('the MDX compiler with the site’s remark plugins', () => {
  it('refuses an entry that imports, evaluates, or ships script, naming each place', async () => {
    const error = await compileEntry(
      body('tests/fixtures/check/mdx-safety/lessons/hostile.mdx'),
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = String((error as Error).message);
    for (const place of [
      'entry.mdx:2:1  mdx-safety  `import`',
      '<script>',
      'onerror',
      'javascript:',
      'data:',
      'spread',
    ])
      expect(message).toContain(place);
  });

  it('compiles a safe entry with comments, links and anchors', async () => {
    await expect(
      compileEntry(body('tests/fixtures/check/negative-controls/lessons/controls.mdx')),
    ).resolves.toBeDefined();
  });
});
