import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/reader/read-entries.ts';
import { copyLibrary } from '../helpers/content.ts';
import { BASE } from './check-fixtures.ts';

describe('files in the content folder', () => {
  it('refuses a linked collection folder and a linked tags.yaml without reading what they point at', () => {
    const content = copyLibrary(BASE);
    const elsewhere = mkdtempSync(join(tmpdir(), 'lesson-share-elsewhere-'));
    writeFileSync(
      join(elsewhere, 'tags.yaml'),
      'stolen:\n  label: Stolen\n  description: Read from outside the library.\n',
    );
    mkdirSync(join(elsewhere, 'traps'));
    writeFileSync(
      join(elsewhere, 'traps', 'outside.mdx'),
      '---\ntitle: Outside\n---\nRead from outside the library.\n',
    );
    rmSync(join(content, 'tags.yaml'));
    rmSync(join(content, 'traps'), { recursive: true });
    symlinkSync(join(elsewhere, 'tags.yaml'), join(content, 'tags.yaml'));
    symlinkSync(join(elsewhere, 'traps'), join(content, 'traps'));
    const library = readLibrary(content, dirname(content));
    expect(library.unreadable).toEqual([
      { file: 'content/traps', rule: 'files', reason: expect.stringMatching(/^a symbolic link: /) },
      {
        file: 'content/tags.yaml',
        rule: 'files',
        reason: expect.stringMatching(/^a symbolic link: /),
      },
    ]);
    expect(library.ids.traps.size).toBe(0);
    expect(library.ids.tags.size).toBe(0);
  });
});
