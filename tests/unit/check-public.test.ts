import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPublicFiles } from '../../src/check/rules/public-files.ts';

/** A repository with a public/ holding these files. */
function repository(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-share-public-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, 'public', path, '..'), { recursive: true });
    writeFileSync(join(root, 'public', path), content);
  }
  return root;
}

const messages = (root: string, listed: string[] = []) =>
  checkPublicFiles(join(root, 'public'), root, listed).map((f) => `${f.file}: ${f.message}`);

describe('public/', () => {
  it('serves an SVG only when a maintainer lists it, and never one with script', () => {
    const root = repository({
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>',
      'evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'unlisted.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const found = messages(root, ['logo.svg', 'evil.svg']);
    expect(found).toHaveLength(2);
    expect(found.find((m) => m.startsWith('public/evil.svg'))).toMatch(
      /script or an event handler/,
    );
    expect(found.find((m) => m.startsWith('public/unlisted.svg'))).toMatch(/publicFiles/);
  });

  it('refuses a file under a path the build generates, whatever its case or depth', () => {
    const root = repository({
      'Feed.xml': '<feed/>',
      'lessons/lesson-one/index.html': '<p>mine</p>',
      'og/authors/ana-lopez.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'library.json': '{}',
      'search/index.html': '<p>mine</p>',
    });
    const found = messages(root, ['Feed.xml', 'library.json']);
    expect(found).toHaveLength(5);
    for (const message of found) expect(message).toMatch(/a path the build generates/);
  });

  it('serves fonts and images only when their bytes are what their names say', () => {
    const root = repository({
      'fonts/body.woff2': Buffer.from('wOF2\0\x01\0\0', 'latin1'),
      'images/photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      'images/script.gif': '<script>alert(1)</script>',
      '.well-known/security.txt': 'Contact: https://example.org/security\n',
    });
    expect(messages(root)).toEqual([
      expect.stringMatching(/^public\/images\/script\.gif: this file is not the GIF its name says/),
    ]);
  });
});
