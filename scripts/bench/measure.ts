import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One line of build output and when it arrived, in ms since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

/** What one run of a command cost. */
export interface RunResult {
  status: number | null;
  /** Wall time in ms. */
  wall: number;
  /** Peak resident memory of the whole process tree, in bytes. */
  peakRss: number;
  lines: LogLine[];
  /** Mean one-minute load average while it ran: on a shared machine, how much else was running. */
  load: number;
  /** Whether it was stopped for running past its time limit. */
  timedOut: boolean;
  /**
   * CPU seconds (user + system) of the whole process tree, every thread: on a shared machine this
   * holds where wall time does not. Sampled from /proc with the memory, each process's time as last
   * seen, so Pagefind's indexer counts though its Node API kills it rather than waiting for it; the
   * last tenth of a second of each process, and a process that lives less, are missed.
   */
  cpu: number;
}

/**
 * The files a build needs, copied into a scratch project so the benchmark's builds
 * write their own `.astro/` and content cache and never clobber a developer's (Astro
 * fixes `.astro/` at the project root; `cacheDir` alone would not keep it apart).
 */
const PROJECT_FILES = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'site.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // The contribute page shows the pull-request template's checklist, read at build.
  '.github',
];

/** Cache folders builds keep under node_modules: never shared with the developer's, emptied for a cold build. */
const CACHES = ['.astro', '.vite', '.cache'];

/** Makes a scratch copy of the project that builds exactly like it; node_modules is linked, not copied. */
export function scratchProject(projectRoot: string, into: string): string {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  for (const file of PROJECT_FILES) {
    if (existsSync(join(projectRoot, file)))
      cpSync(join(projectRoot, file), join(into, file), { recursive: true });
  }
  linkNodeModules(projectRoot, into);
  return into;
}

/**
 * Gives a scratch project the project's packages, linked package by package, so the caches
 * under its node_modules (Astro's content store in .astro, Vite's in .vite, the sharing cards
 * in .cache) are folders of its own that `clearCaches` can empty without touching the developer's.
 */
export function linkNodeModules(projectRoot: string, into: string): void {
  mkdirSync(join(into, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (CACHES.includes(name)) continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(into, 'node_modules', name));
  }
}

/** Forgets every cache a build leaves behind, so the next build is cold. */
export function clearCaches(root: string): void {
  for (const dir of ['.astro', ...CACHES.map((name) => `node_modules/${name}`)])
    rmSync(join(root, dir), { recursive: true, force: true });
}

const PAGE_SIZE = 4096;
// Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

/** A process tree at one moment: its resident memory, and the CPU seconds each of its processes has used so far. */
interface TreeSample {
  rss: number;
  cpu: Map<number, number>;
}

// Reads the memory and CPU time of a process and all its descendants from /proc.
function sampleTree(rootPid: number): TreeSample {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; cpu: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      stats.set(pid, {
        rss: Number(fields[21]) * PAGE_SIZE,
        // utime + stime: the process's own CPU time, all its threads.
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      });
    } catch {
      // The process ended between readdir and read.
    }
  }
  const sample: TreeSample = { rss: 0, cpu: new Map() };
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    const stat = stats.get(pid);
    if (stat) {
      sample.rss += stat.rss;
      sample.cpu.set(pid, stat.cpu);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return sample;
}

/** Runs a command, timestamping each output line and polling the process tree's memory. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean; timeoutMs?: number | undefined },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    // Its own process group, so a time limit stops the build and every worker it started.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let timedOut = false;
    const limit =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          }, options.timeoutMs);
    const lines: LogLine[] = [];
    let peakRss = 0;
    // Each process's CPU time when last seen: their sum is the tree's, whether or not a parent waited for it.
    const cpuSeen = new Map<number, number>();
    const loads: number[] = [];
    const poll = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleTree(child.pid);
      peakRss = Math.max(peakRss, sample.rss);
      for (const [pid, cpu] of sample.cpu) cpuSeen.set(pid, cpu);
      loads.push(loadavg()[0] ?? 0);
    }, 100);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = performance.now() - start;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          // eslint-disable-next-line no-control-regex
          const clean = text.replace(/\x1b\[[0-9;]*m/g, '');
          lines.push({ at, text: clean });
          if (options.echo) process.stderr.write(`  | ${clean}\n`);
        }
      });
      stream.on('end', () => {
        if (rest) lines.push({ at: performance.now() - start, text: rest });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      clearTimeout(limit);
      const load = loads.length
        ? loads.reduce((a, b) => a + b, 0) / loads.length
        : (loadavg()[0] ?? 0);
      resolvePromise({
        status,
        wall: performance.now() - start,
        peakRss,
        lines,
        load,
        timedOut,
        cpu: [...cpuSeen.values()].reduce((a, b) => a + b, 0),
      });
    });
  });
}

/** Wall seconds of each phase of a build, read from the times its log lines arrived; null where a phase did not run. */
export interface Phases {
  /**
   * Node and Astro start-up, the content check (it runs in `astro:config:setup`), and
   * any work the check leaves queued behind it, up to the start of Astro's content sync.
   */
  check: number | null;
  /** Content layer sync and type generation. */
  sync: number | null;
  /** Vite/Rolldown bundling of the server and client entrypoints. */
  bundle: number | null;
  /** Rendering every page to HTML. */
  render: number | null;
  /** Pagefind indexing after the pages are written. */
  search: number | null;
  /** Image optimisation (Astro's asset pipeline). */
  images: number | null;
  /** Everything else: other integrations' hooks (the built-site link check), writing files, exit. */
  other: number;
  total: number;
}

/** Splits a build's wall time into phases by Astro's and the integrations' log lines. */
export function phasesOf(lines: LogLine[], wall: number): Phases {
  const find = (pattern: RegExp, after = 0) =>
    lines.findIndex((line, i) => i >= after && pattern.test(line.text));
  const at = (index: number) => (index >= 0 ? (lines[index] as LogLine).at : undefined);
  // A phase that started but never ended (a build stopped at its time limit) runs to the end.
  const span = (from?: number, to?: number) =>
    from !== undefined ? ((to ?? wall) - from) / 1000 : null;
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[types\] Generated|\[content\] Synced content/, Math.max(0, syncStart));
  const typesEnd = find(/\[types\] Generated/, Math.max(0, syncStart));
  const bundleStart = find(/Building static entrypoints/);
  const renderStart = find(/generating static routes/);
  const renderEnd = find(/✓ Completed in/, Math.max(0, renderStart));
  const imagesStart = find(/generating optimized images/);
  const imagesEnd = imagesStart >= 0 ? find(/✓ Completed in/, imagesStart) : -1;
  const searchEnd = find(/\[lesson-share:pagefind\]/);
  // Pagefind logs only when it is done; it starts right after the build summary, which is the hook before it.
  const searchStart = find(/\[lesson-share:build-summary\]/);
  const phases = {
    // The check logs when its rules are done, but secretlint's profiler leaves a backlog of
    // observer callbacks that runs after it; Astro starts syncing once they have drained.
    check: span(0, at(syncStart)),
    sync: span(at(syncStart), at(typesEnd >= 0 ? typesEnd : syncEnd)),
    bundle: span(at(bundleStart), at(renderStart)),
    render: renderStart >= 0 ? span(at(renderStart), at(renderEnd)) : null,
    search: searchEnd >= 0 ? span(at(searchStart), at(searchEnd)) : null,
    images: span(at(imagesStart), at(imagesEnd)),
  };
  const known = Object.values(phases).reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return { ...phases, other: Math.max(0, wall / 1000 - known), total: wall / 1000 };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** The kind of page a URL is, for grouping: `lessons/[slug]`, `lessons/[page]`, `tags/[tag]`, `home`… */
export function pageType(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0 || parts[0] === 'index.html') return 'home';
  if (parts[0] === '404.html') return '404';
  const [first, second, third, fourth] = parts;
  if (parts.length === 1) return first as string;
  if (/^\d+$/.test(second as string)) return `${first}/[page]`;
  const param =
    {
      lessons: '[slug]',
      patterns: '[slug]',
      traps: '[slug]',
      events: '[slug]',
      tags: '[tag]',
      authors: '[id]',
    }[first as string] ?? '[…]';
  const numbered = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);
  if (numbered(third)) return `${first}/${param}/[page]`;
  // An entry's full backlink list (`/patterns/x/lessons/2/`): a list page, not the entry page.
  if (third) return `${first}/${param}/[list]${numbered(fourth) ? '/[page]' : ''}`;
  return `${first}/${param}`;
}

/** Sizes in a built site: pages, bytes on disk, search index, JS and gzip HTML per page type. */
export interface DistStats {
  pages: number;
  bytes: number;
  searchIndexBytes: number | null;
  /** Largest JS shipped by any page of a type (external scripts, module preloads and inline scripts). */
  jsBytesByType: Record<string, number>;
  /** Largest gzip HTML of any page of a type. */
  gzipMaxByType: Record<string, number>;
  /** Median gzip HTML of a type. */
  gzipMedianByType: Record<string, number>;
}

/** Reads a built site and measures what a reader downloads. */
export function distStats(outDir: string): DistStats {
  const files = walk(outDir);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const pagefind = join(outDir, 'pagefind');
  const searchIndexBytes = existsSync(pagefind)
    ? walk(pagefind).reduce((sum, file) => sum + statSync(file).size, 0)
    : null;
  const jsBytesByType: Record<string, number> = {};
  const gzip: Record<string, number[]> = {};
  const html = files.filter((file) => file.endsWith('.html') && !file.startsWith(pagefind + sep));
  const fileSize = new Map<string, number>();
  const sizeOf = (url: string) => {
    const path = join(outDir, url.split(/[?#]/)[0] as string);
    if (!fileSize.has(path))
      fileSize.set(path, existsSync(path) && lstatSync(path).isFile() ? statSync(path).size : 0);
    return fileSize.get(path) as number;
  };
  for (const file of html) {
    const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const type = pageType(url);
    const text = readFileSync(file, 'utf8');
    let js = 0;
    const seen = new Set<string>();
    for (const [, attrs = '', body = ''] of text.matchAll(
      /<script\b([^>]*)>([\s\S]*?)<\/script>/g,
    )) {
      if (/type=["']?application\/(ld\+)?json/.test(attrs)) continue;
      const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
      if (src?.startsWith('/')) seen.add(src);
      else js += Buffer.byteLength(body);
    }
    for (const [, href] of text.matchAll(
      /<link\b[^>]*rel=["']?modulepreload["']?[^>]*href=["']?([^"'\s>]+)/g,
    ))
      if (href?.startsWith('/')) seen.add(href);
    for (const src of seen) js += sizeOf(src);
    jsBytesByType[type] = Math.max(jsBytesByType[type] ?? 0, js);
    (gzip[type] ??= []).push(gzipSync(text).length);
  }
  const gzipMaxByType: Record<string, number> = {};
  const gzipMedianByType: Record<string, number> = {};
  for (const [type, sizes] of Object.entries(gzip)) {
    sizes.sort((a, b) => a - b);
    gzipMaxByType[type] = sizes.at(-1) ?? 0;
    gzipMedianByType[type] = sizes[Math.floor(sizes.length / 2)] ?? 0;
  }
  return {
    pages: html.length,
    bytes,
    searchIndexBytes,
    jsBytesByType,
    gzipMaxByType,
    gzipMedianByType,
  };
}
