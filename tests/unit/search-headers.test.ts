import { describe, expect, it } from 'vitest';
import {
  addSources,
  formatHeaders,
  headersFor,
  inlineHashes,
  matchesPattern,
  metaPolicy,
  parseHeaders,
  withMetaPolicy,
} from '../../src/pipeline/security-headers.ts';

const FILE = `# comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self'
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/search/
  X-Frame-Options: SAMEORIGIN
`;

describe('_headers files', () => {
  it('read as path blocks of headers, and write back the same rules', () => {
    const rules = parseHeaders(FILE);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/search/']);
    expect(rules[0]?.headers).toEqual([
      ['Content-Security-Policy', "default-src 'self'; script-src 'self'"],
      ['X-Frame-Options', 'DENY'],
    ]);
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('reject a header line outside any path block, naming the line', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow(/line 1/);
  });

  it('apply every rule whose pattern matches the path, later rules winning', () => {
    const rules = parseHeaders(FILE);
    expect(headersFor(rules, '/_astro/app.js')).toMatchObject({
      'Cache-Control': expect.stringContaining('immutable'),
      'X-Frame-Options': 'DENY',
    });
    expect(headersFor(rules, '/search/')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor(rules, '/lessons/x/')).not.toHaveProperty('Cache-Control');
  });

  it('match splats and placeholders the way static hosts do', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/lessons/:slug/', '/lessons/a-b/')).toBe(true);
    expect(matchesPattern('/lessons/:slug/', '/lessons/a/b/')).toBe(false);
    expect(matchesPattern('/a.b', '/aXb')).toBe(false);
  });
});

describe('inline hashes', () => {
  it('hash inline scripts and styles, and skip external scripts and data blocks', () => {
    const html = `<style>body{color:red}</style><script>addEventListener('x',()=>{})</script>
      <script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script>`;
    expect(inlineHashes(html)).toEqual({
      scripts: ["'sha256-kL+RH0QA742w1EQ9UDNb4rsa+yKpWOVdJljMK5+WO3Y='"],
      styles: ["'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"],
    });
  });

  it('add sources to a directive once, creating the directive if the policy lacks it', () => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
    expect(addSources(policy, 'script-src', ["'sha256-a'", "'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'",
    );
    expect(addSources(policy, 'style-src', ["'sha256-b'"])).toBe(`${policy}; style-src 'sha256-b'`);
  });
});

describe('the policy as a <meta> element, for hosts that send no headers', () => {
  const policy =
    "default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'; report-uri /csp; sandbox; form-action 'self'";

  it('keeps every directive a meta policy can carry and drops the header-only ones', () => {
    expect(metaPolicy(policy)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; form-action 'self'",
    );
  });

  it('goes first after the charset, before any script or style, which keep their hashes; a second pass replaces it', () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><script>a()</script><style>b{}</style></head></html>`;
    const once = withMetaPolicy(page, policy);
    expect(once).toBe(
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-a'; form-action 'self'"><script>a()</script><style>b{}</style></head></html>`,
    );
    expect(inlineHashes(once)).toEqual(inlineHashes(page));
    expect(withMetaPolicy(once, "default-src 'none'")).toBe(
      page.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
      ),
    );
  });
});
