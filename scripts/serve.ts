#!/usr/bin/env node
// npm run preview [-- --port 4321] [-- --dir dist]: serves a built site the way a static host would, sending the
// headers in its `_headers` file (Astro's own preview ignores them, so the CSP would go untested).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders, type HeaderRule } from '../src/lib/security-headers.ts';

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

/** Serves a built site from `root` on `port` (0 picks a free one), with the headers of its `_headers` file. */
export async function startServer({ root, port = 0, host = 'localhost' }: { root: string; port?: number; host?: string }): Promise<PreviewServer> {
  const dir = resolve(root);
  const headersFile = [join(dir, '_headers'), resolve('public/_headers')].find((file) => existsSync(file));
  const rules = headersFile ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => handle(dir, rules, request, response));
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

function handle(root: string, rules: readonly HeaderRule[], request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = resolve(root, `.${pathname}`);
  // A path that climbs out of the site (`/../`) is served as missing, never read.
  const inside = file === root || file.startsWith(root + sep);
  const found = inside && existsSync(file) ? statSync(file) : undefined;
  if (found?.isDirectory() && !pathname.endsWith('/')) {
    // The site's URLs end in a slash; a static host redirects the bare form.
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const target = found?.isDirectory() ? join(file, 'index.html') : file;
  if (inside && existsSync(target) && statSync(target).isFile()) {
    send(request, response, 200, target, headersFor(rules, url.pathname));
  } else {
    send(request, response, 404, join(root, '404.html'), headersFor(rules, url.pathname));
  }
}

function send(request: IncomingMessage, response: ServerResponse, status: number, file: string, headers: Record<string, string>): void {
  if (!existsSync(file)) {
    response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
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
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
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

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, dir: { type: 'string', default: 'dist' } } });
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = await startServer({ root: values.dir, port: Number(values.port) });
  console.log(`Serving ${values.dir}/ with the headers of its _headers file at ${server.url}/ (Ctrl+C stops).`);
}
