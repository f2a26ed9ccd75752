#!/usr/bin/env node
// npm run preview [-- --port 4321] [-- --dir dist] [-- --base /library/] [-- --no-headers]: serves a built site the way
// a static host would, sending the headers in its `_headers` file (Astro's own preview ignores them, so the CSP would
// go untested). `--base` serves it under a path, as GitHub Pages serves a project site; `--no-headers` sends none, as
// GitHub Pages does. The base defaults to the one the site was built for (its 404 page says, see baseOfBuild).
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgsOrExit } from './args.ts';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders, type HeaderRule } from '../src/pipeline/security-headers.ts';
import { baseOf } from '../src/view/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// Pagefind's index files are gzipped already; compressing them again would only cost time.
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A running preview server. */
export interface PreviewServer {
  /** The origin, e.g. http://localhost:4321 */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `root` on `port` (0 picks a free one) under `base` (`/`, or `/library/` as on a GitHub
 * Pages project site), with the headers of its `_headers` file unless `headers` is false.
 */
export async function startServer({
  root,
  port = 0,
  host = 'localhost',
  base = '/',
  headers = true,
}: {
  root: string;
  port?: number;
  host?: string;
  base?: string;
  headers?: boolean;
}): Promise<PreviewServer> {
  // Symlinks are resolved before a path is compared with the root, so the root must be resolved too.
  const dir = realpathSync(resolve(root));
  const headersFile = [join(dir, '_headers'), resolve('public/_headers')].find((file) =>
    existsSync(file),
  );
  const rules = headersFile && headers ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) =>
    handle(dir, baseOf(base), rules, request, response),
  );
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function handle(
  root: string,
  base: string,
  rules: readonly HeaderRule[],
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Every answer carries the security headers, redirects and errors included, as a static host sends them.
  const headers = headersFor(rules, url.pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400, headers).end();
    return;
  }
  if (`${pathname}/` === base) {
    response.writeHead(301, { ...headers, Location: `${base}${url.search}` }).end();
    return;
  }
  // Outside the base there is nothing, as on a host that serves the site under a path.
  if (!pathname.startsWith(base)) {
    send(request, response, 404, inside(root, join(root, '404.html')) ?? '', headers);
    return;
  }
  pathname = `/${pathname.slice(base.length)}`;
  const file = inside(root, resolve(root, `.${pathname}`));
  const found = file && existsSync(file) ? statSync(file) : undefined;
  if (found?.isDirectory() && !pathname.endsWith('/')) {
    // The site's URLs end in a slash; a static host redirects the bare form. The location is rebuilt from the
    // folder found, so it is always one path on this site: `//evil.example/…` (a URL on another host) cannot come out.
    const path = relative(root, file as string)
      .split(sep)
      .map(encodeURIComponent)
      .join('/');
    response
      .writeHead(301, { ...headers, Location: `${base}${path ? `${path}/` : ''}${url.search}` })
      .end();
    return;
  }
  const target = found?.isDirectory() ? inside(root, join(file as string, 'index.html')) : file;
  if (target && existsSync(target) && statSync(target).isFile()) {
    send(request, response, 200, target, headers);
  } else {
    send(request, response, 404, inside(root, join(root, '404.html')) ?? '', headers);
  }
}

/**
 * The path if it stays inside the root once symlinks are resolved (a path that climbs out with `/../`, or a
 * symlink in the site pointing elsewhere, is served as missing, never read); a missing path stays as it is.
 */
function inside(root: string, path: string): string | undefined {
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (!existsSync(path)) return path;
  const real = realpathSync(path);
  return real === root || real.startsWith(root + sep) ? real : undefined;
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  file: string,
  headers: Record<string, string>,
): void {
  if (!existsSync(file)) {
    response
      .writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Not found\n');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const { size, mtimeMs } = statSync(file);
  // Revalidation as static hosts do it: a browser that has the file gets a bodiless 304.
  const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
  const common = { 'Cache-Control': 'no-cache', ...headers, ETag: etag, Vary: 'Accept-Encoding' };
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, common).end();
    return;
  }
  const gzip =
    COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    ...common,
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': size }),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}

/** The base a built site was built for, read from its home page's canonical link: `/` when it has none. */
export function baseOfBuild(dir: string): string {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return canonical ? baseOf(canonical) : '/';
}

if (import.meta.main) {
  const { values } = parseArgsOrExit(
    {
      options: {
        port: { type: 'string', default: process.env['PORT'] ?? '4321' },
        dir: { type: 'string', default: 'dist' },
        base: { type: 'string' },
        'no-headers': { type: 'boolean', default: false },
      },
    },
    'usage: npm run preview -- [--port 4321] [--dir dist] [--base /library/] [--no-headers]',
  );
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  const base = baseOf(values.base ?? baseOfBuild(values.dir));
  const headers = !values['no-headers'];
  const server = await startServer({ root: values.dir, port: Number(values.port), base, headers });
  console.log(
    `Serving ${values.dir}/ ${headers ? 'with the headers of its _headers file' : 'without headers'} at ${server.url}${base} (Ctrl+C stops).`,
  );
}
