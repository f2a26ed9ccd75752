import { describe, expect, it } from 'vitest';
import { readHead, sitemapXml } from '../../src/pipeline/sitemap.ts';

describe('the sitemap', () => {
  it('leaves out a page whose head says noindex and reads an entry’s modified time', () => {
    expect(readHead('<head><meta name="robots" content="noindex"></head>')).toEqual({
      listed: false,
    });
    expect(
      readHead(
        '<head><meta property="article:modified_time" content="2026-11-22T15:49:26.000Z"></head><body><meta name="robots" content="noindex"></body>',
      ),
    ).toEqual({ listed: true, modified: '2026-11-22T15:49:26.000Z' });
  });

  it('resolves pages under the site’s path, so a project site keeps its base', () => {
    const xml = sitemapXml(
      [{ path: '/' }, { path: '/lessons/a&b/', lastmod: '2026-11-22' }],
      'https://example.github.io/library',
    );
    expect(xml).toContain('<loc>https://example.github.io/library/</loc>');
    expect(xml).toContain(
      '<loc>https://example.github.io/library/lessons/a&amp;b/</loc><lastmod>2026-11-22</lastmod>',
    );
  });
});
