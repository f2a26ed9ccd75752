import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltSite, setPageRewrite } from '../../src/pipeline/built-pages.ts';
import { hoistIslandStyle } from '../../src/pipeline/island-style.ts';
import { hashSource } from '../../src/pipeline/security-headers.ts';

const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-share-pages-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the one walk over the built pages', () => {
  afterEach(() => setPageRewrite('island style in head', undefined));

  it('applies the build’s rewrites to each page, writes back the pages they change, and reads the result', () => {
    const island = `<html><head><title>x</title></head><body>${ISLAND_STYLE}<astro-island></astro-island><script>go()</script></body></html>`;
    const plain = '<html><head><title>y</title></head><body><p id="p">no island</p></body></html>';
    const dir = site({ 'search/index.html': island, 'index.html': plain });
    setPageRewrite('island style in head', hoistIslandStyle);
    const { pages } = readBuiltSite(dir);
    expect(readFileSync(join(dir, 'search/index.html'), 'utf8')).toBe(hoistIslandStyle(island));
    expect(readFileSync(join(dir, 'search/index.html'), 'utf8')).toMatch(`${ISLAND_STYLE}</head>`);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(plain);
    // The inline scripts and styles a page carries, as CSP sources, for the security headers' check.
    expect(pages.get('/search/')?.inline).toEqual({
      scripts: [hashSource('go()')],
      styles: [hashSource(ISLAND_STYLE.slice(7, -8))],
    });
    expect(pages.get('/')).toEqual({
      ids: ['p'],
      links: [],
      listed: true,
      inline: { scripts: [], styles: [] },
    });
  });

  it('reads a script or style in an attribute or a comment as no inline script or style', () => {
    const dir = site({
      'index.html': `<html><head><!-- <script>no()</script> --></head><body><p title="<style>x{}</style>">t</p><script type="application/json">{"a":1}</script><script src="/x.js"></script></body></html>`,
    });
    expect(readBuiltSite(dir).pages.get('/')?.inline).toEqual({ scripts: [], styles: [] });
  });
});
