import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type PreviewServer } from '../../scripts/serve.ts';

// A raw request: fetch would normalise the path before sending it, and the point is what the server does with any path.
const get = (server: PreviewServer, path: string, method = 'GET') =>
  new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((done, fail) => {
    const { hostname, port } = new URL(server.url);
    const req = request({ hostname, port, path, method, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    req.on('error', fail);
    req.end();
  });

describe('preview server', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'lesson-share-serve-'));
    const site = join(scratch, 'dist');
    const outside = join(scratch, 'secret');
    mkdirSync(join(site, 'lessons'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0\n');
    writeFileSync(join(outside, 'index.html'), '<p>outside</p>');
    writeFileSync(join(site, 'index.html'), '<p>home</p>');
    writeFileSync(join(site, 'lessons/index.html'), '<p>lessons</p>');
    writeFileSync(join(site, '404.html'), '<p>missing</p>');
    writeFileSync(join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    symlinkSync(join(outside, 'passwd'), join(site, 'passwd.txt'));
    symlinkSync(outside, join(site, 'elsewhere'));
    server = await startServer({ root: site });
  });
  afterAll(() => server.close());

  it('redirects a bare folder to the same path on this site, never to another host', async () => {
    for (const path of [
      '/.//evil.example/..%2flessons',
      '/%2f%2fevil.example/..%2flessons',
      '/.%2f%2fevil.example%2f..%2flessons',
      '/lessons',
    ]) {
      const answer = await get(server, path);
      expect(answer.status, path).toBe(301);
      expect(answer.headers['location'], path).toBe('/lessons/');
    }
    // A request line of `//host/…` is read as that host's path, which climbs out of the site here: missing, not a redirect.
    expect((await get(server, '//evil.example/..%2flessons')).status).toBe(404);
    expect((await get(server, '/lessons?page=2')).headers['location']).toBe('/lessons/?page=2');
  });

  it('serves nothing a symlink in the site points at outside it', async () => {
    for (const path of ['/passwd.txt', '/elsewhere/', '/elsewhere/passwd', '/elsewhere']) {
      const answer = await get(server, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toMatch(/root:x|outside/);
    }
  });

  it('sends the security headers with redirects, refusals and missing pages', async () => {
    for (const [path, method, status] of [
      ['/lessons', 'GET', 301],
      ['/', 'POST', 405],
      ['/nope/', 'GET', 404],
      ['/', 'GET', 200],
    ] as const) {
      const answer = await get(server, path, method);
      expect(answer.status).toBe(status);
      expect(answer.headers['x-frame-options'], `${method} ${path}`).toBe('DENY');
    }
  });
});

describe('preview server under a base path, as GitHub Pages serves a project site', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'lesson-share-serve-')), 'dist');
    mkdirSync(join(site, 'lessons'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>home</p>');
    writeFileSync(join(site, 'lessons/index.html'), '<p>lessons</p>');
    writeFileSync(join(site, '404.html'), '<p>missing</p>');
    writeFileSync(join(site, '_headers'), '/library/*\n  X-Frame-Options: DENY\n');
    server = await startServer({ root: site, base: '/library/', headers: false });
  });
  afterAll(() => server.close());

  it('serves the site below the base, and redirects a bare folder to its path below the base', async () => {
    expect((await get(server, '/library/')).body).toBe('<p>home</p>');
    expect((await get(server, '/library/lessons/')).body).toBe('<p>lessons</p>');
    expect((await get(server, '/library/lessons')).headers['location']).toBe('/library/lessons/');
    expect((await get(server, '/library')).headers['location']).toBe('/library/');
  });

  it('answers every path outside the base with the 404 page, and sends no headers when told not to', async () => {
    for (const path of ['/', '/lessons/', '/librarylessons/']) {
      const answer = await get(server, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toBe('<p>missing</p>');
    }
    expect((await get(server, '/library/')).headers['x-frame-options']).toBeUndefined();
  });
});
