import { describe, expect, it } from 'vitest';
import { baseOf, bodyWithBase, withBase, withoutBase } from '../../src/view/urls.ts';

describe('site URLs under a base path', () => {
  it('take the base from the path of the site address, with or without slashes', () => {
    expect(baseOf('https://lesson-share.example.org')).toBe('/');
    expect(baseOf('https://lesson-share.example.org/')).toBe('/');
    expect(baseOf('https://example.github.io/library')).toBe('/library/');
    expect(baseOf('https://example.github.io/a/b/')).toBe('/a/b/');
    expect(baseOf('/library')).toBe('/library/');
  });

  it('put site paths under the base and take them out again; other URLs pass as they are', () => {
    expect(withBase('/patterns/x/', '/library/')).toBe('/library/patterns/x/');
    expect(withBase('/', '/library/')).toBe('/library/');
    expect(withBase('/patterns/x/', '/')).toBe('/patterns/x/');
    for (const other of ['https://example.org/x', '//cdn.example/x', '#top', 'mailto:a@b.c'])
      expect(withBase(other, '/library/')).toBe(other);
    expect(withoutBase('/library/patterns/x/', '/library/')).toBe('/patterns/x/');
    expect(withoutBase('/library', '/library/')).toBe('/');
    expect(withoutBase('/patterns/x/', '/library/')).toBeUndefined();
  });

  it('put a rendered body’s root-relative links and images under the base, and nothing in its text', () => {
    const html =
      '<p>See <a href="/patterns/x/#solution">x</a>, <a href="https://example.org/">out</a>, ' +
      '<a href="#top">up</a> and <img src="/og/a.png" alt="a &#x3C;a href=&#x22;/b/&#x22;>"></p>' +
      '<pre><code>&#x3C;a href="/not-a-link/">text&#x3C;/a></code></pre>';
    expect(bodyWithBase(html, '/library/')).toBe(
      '<p>See <a href="/library/patterns/x/#solution">x</a>, <a href="https://example.org/">out</a>, ' +
        '<a href="#top">up</a> and <img src="/library/og/a.png" alt="a &#x3C;a href=&#x22;/b/&#x22;>"></p>' +
        '<pre><code>&#x3C;a href="/not-a-link/">text&#x3C;/a></code></pre>',
    );
    expect(bodyWithBase(html, '/')).toBe(html);
  });
});
