import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/pipeline/built-pages.ts';
import { brokenLinksIn, findBrokenLinks } from '../../src/check/built-links.ts';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-share-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the built-site link check', () => {
  it('reports links to missing pages and missing ids, and accepts pages, ids, files and external links', () => {
    const dir = site({
      'index.html': `<a href="/lessons/one/">ok</a><a href="/lessons/one/#actions">ok</a><a href="/feed.xml">ok</a><a href="https://example.org/x">ok</a>
        <a href="/lessons/gone/">broken</a><a href="/lessons/one/#nowhere">broken</a><a href="#top">ok</a><h1 id="top">Home</h1>`,
      'lessons/one/index.html': `<h2 id="actions">Actions</h2><a href="../../">up</a>`,
      'feed.xml': '<feed/>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: '/', href: '/lessons/gone/', reason: 'no page at /lessons/gone/' },
      {
        page: '/',
        href: '/lessons/one/#nowhere',
        reason: 'no element with id "nowhere" on /lessons/one/',
      },
    ]);
  });

  it('under a base path, resolves links below it and reports links that leave it', () => {
    const dir = site({
      'index.html': `<a href="/library/lessons/one/">ok</a><link rel="icon" href="/library/favicon.svg">
        <form action="/library/lessons/one/"></form><a href="lessons/one/">ok</a>
        <a href="/lessons/one/">broken</a><img src="/favicon.svg">`,
      'lessons/one/index.html': `<meta http-equiv="refresh" content="0; url=/library/"><a href="../../">up</a>`,
      'favicon.svg': '<svg/>',
    });
    expect(findBrokenLinks(dir, '/library/')).toEqual([
      {
        page: '/',
        href: '/lessons/one/',
        reason: "/lessons/one/ is outside the site's base path /library/",
      },
      {
        page: '/',
        href: '/favicon.svg',
        reason: "/favicon.svg is outside the site's base path /library/",
      },
    ]);
  });

  it('on a rebuild, reads from its cache the pages that did not change and parses the ones that did', () => {
    const dir = site({
      'index.html': `<a href="/lessons/one/#actions">ok</a>`,
      'lessons/one/index.html': `<h2 id="actions">Actions</h2>`,
    });
    const cache = join(mkdtempSync(join(tmpdir(), 'lesson-share-links-cache-')), 'pages.json');
    expect(brokenLinksIn(readBuiltSite(dir, cache))).toEqual([]);
    // The rebuild renamed the heading: the page that changed is read again, the link to it is caught.
    writeFileSync(join(dir, 'lessons/one/index.html'), `<h2 id="follow-up">Actions</h2>`);
    expect(brokenLinksIn(readBuiltSite(dir, cache))).toEqual([
      {
        page: '/',
        href: '/lessons/one/#actions',
        reason: 'no element with id "actions" on /lessons/one/',
      },
    ]);
    expect(readBuiltSite(dir, cache)).toEqual(readBuiltSite(dir));
  });
});
