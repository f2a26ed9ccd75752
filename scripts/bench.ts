#!/usr/bin/env node
// npm run bench [-- --entries 1000,5000,10000 --library generated,real --json bench.json --rebuild 1000,5000 --check-alone 1000 --peer 1000 --max-minutes 30 --keep --cpu-prof]
// At each size, builds two libraries outside content/ with the project's real build in a scratch
// copy of the project: a generated one, and a real-like one made of the starting library's own
// entries copied; builds a plain Astro site from the same bodies beside each, and prints one
// table of what each cost.
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgsOrExit } from './args.ts';
import { generateLibrary, writeLibrary, type GeneratedLibrary } from './bench/generate.ts';
import {
  clearCaches,
  distStats,
  phasesOf,
  run,
  scratchProject,
  type RunResult,
} from './bench/measure.ts';
import { multiplyLibrary } from './bench/multiply.ts';
import { entryBodies, writePeerProject } from './bench/peer.ts';
import { profileOf, tagIds } from './bench/profile.ts';
import {
  heaviest,
  table,
  type BenchResult,
  type PeerResult,
  type SizeResult,
} from './bench/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OPTIONS = {
  entries: { type: 'string', default: '1000' },
  // Which libraries to build at each size: the generated one, the real-like one, or both.
  library: { type: 'string', default: 'generated,real' },
  json: { type: 'string' },
  seed: { type: 'string', default: '7' },
  keep: { type: 'boolean', default: false },
  // Sizes to time a rebuild, a standalone check and the plain Astro peer at (default: every size, or `none`); each costs about one more build.
  rebuild: { type: 'string' },
  'check-alone': { type: 'string' },
  peer: { type: 'string' },
  // A build running longer is stopped and reported with the phases it reached.
  'max-minutes': { type: 'string' },
  'cpu-prof': { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;
const USAGE = `usage: npm run bench -- [--entries 1000,5000,10000] [--library generated,real] [--rebuild <sizes>|none] [--check-alone <sizes>|none]
                       [--peer <sizes>|none] [--max-minutes N] [--json file] [--seed N] [--keep] [--cpu-prof] [--verbose]`;
const { values } = parseArgsOrExit({ options: OPTIONS }, USAGE);
const list = (flag: string, value: string) => {
  if (value === 'none') return [];
  const numbers = value.split(',').map((n) => Number(n.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 10)) {
    console.error(`--${flag} takes whole numbers of at least 10, e.g. 1000,5000,10000\n\n${USAGE}`);
    process.exit(2);
  }
  return numbers;
};
const sizes = list('entries', values.entries);
const LIBRARIES = ['generated', 'real'] as const;
const libraries = values.library.split(',').map((name) => name.trim());
if (libraries.some((name) => !(LIBRARIES as readonly string[]).includes(name))) {
  console.error(`--library takes generated, real or both\n\n${USAGE}`);
  process.exit(2);
}
const rebuildAt = new Set(values.rebuild === undefined ? sizes : list('rebuild', values.rebuild));
const checkAloneAt = new Set(
  values['check-alone'] === undefined ? sizes : list('check-alone', values['check-alone']),
);
const peerAt = new Set(values.peer === undefined ? sizes : list('peer', values.peer));
const timeoutMs =
  values['max-minutes'] === undefined ? undefined : Number(values['max-minutes']) * 60_000;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'lesson-share-bench-'));
const project = scratchProject(ROOT, join(work, 'project'));
const profiles = join(work, 'cpu-profiles');

async function check(contentDir: string, files: string[] = []): Promise<RunResult> {
  const result = await run(node, [join(ROOT, 'scripts/check.ts'), ...files], {
    cwd: ROOT,
    env: { ...process.env, LESSON_SHARE_CONTENT: contentDir },
  });
  if (result.status !== 0)
    throw new Error(
      `the check failed on ${contentDir}:\n${result.lines.map((l) => l.text).join('\n')}`,
    );
  return result;
}

// Each build's output with the second each line arrived, kept in the work folder for --keep.
const writeLog = (label: string, result: RunResult) =>
  writeFileSync(
    join(work, `${label}.log`),
    result.lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(8)}  ${l.text}`).join('\n'),
  );

async function build(contentDir: string, outDir: string, label: string): Promise<RunResult> {
  const flags = values['cpu-prof']
    ? // Node fills in the pid: build.ts and the Astro process it starts (with these flags) each write their own.
      [
        '--cpu-prof',
        `--cpu-prof-dir=${profiles}`,
        `--cpu-prof-name=${label}.` + '${pid}.cpuprofile',
      ]
    : [];
  // As `npm run build` builds: the site, then its search index.
  const result = await run(
    node,
    [...flags, join(project, 'scripts/build.ts'), '--outDir', outDir],
    {
      cwd: project,
      env: { ...process.env, LESSON_SHARE_CONTENT: contentDir },
      echo: values.verbose,
      timeoutMs,
    },
  );
  writeLog(label, result);
  if (result.status !== 0 && !result.timedOut)
    throw new Error(
      `the build of ${contentDir} failed:\n${result.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n')}`,
    );
  return result;
}

// The plain Astro site, built cold from the same bodies and timed by the same run() as ours.
async function buildPeer(library: GeneratedLibrary, label: string): Promise<PeerResult> {
  const peer = writePeerProject(ROOT, join(work, `peer-${label}`), library);
  clearCaches(peer);
  const outDir = join(work, `peer-dist-${label}`);
  const result = await run(
    node,
    [join(peer, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: peer, env: process.env, echo: values.verbose, timeoutMs },
  );
  writeLog(`peer-${label}`, result);
  if (result.status !== 0 && !result.timedOut)
    throw new Error(
      `the peer build of ${peer} failed:\n${result.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n')}`,
    );
  const pages = result.timedOut ? 0 : distStats(outDir).pages;
  if (!values.keep) for (const dir of [peer, outDir]) rmSync(dir, { recursive: true, force: true });
  return {
    wall: result.wall / 1000,
    peakRss: result.peakRss,
    cpu: result.cpu,
    pages,
    load: result.load,
    ...(result.timedOut ? { stopped: true } : {}),
  };
}

const tagsYaml = readFileSync(join(ROOT, 'content/tags.yaml'), 'utf8');
const profile = profileOf(join(ROOT, 'content'));
const firstLesson = readdirSync(join(ROOT, 'content/lessons')).sort()[0] as string;
log(`working in ${work}`);
const result: BenchResult = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  check: {
    library: (await check(join(ROOT, 'content'))).wall / 1000,
    oneFile: (await check(join(ROOT, 'content'), [`content/lessons/${firstLesson}`])).wall / 1000,
  },
  sizes: [],
};
log(
  `check alone: starting library ${result.check.library.toFixed(1)} s, one file ${result.check.oneFile.toFixed(1)} s`,
);

try {
  for (const entries of sizes)
    for (const kind of libraries) {
      // The real-like library is whole copies of the starting library: about `entries`, not exactly.
      const library =
        kind === 'real'
          ? multiplyLibrary(join(ROOT, 'content'), entries)
          : generateLibrary({
              entries,
              profile,
              tags: tagIds(tagsYaml),
              seed: Number(values.seed),
            });
      const label = `${kind}-${entries}`;
      const contentDir = join(work, `content-${label}`);
      writeLibrary(contentDir, library, tagsYaml);
      log(`${label}: ${JSON.stringify(library.counts)}`);
      const checkAlone = checkAloneAt.has(entries) ? (await check(contentDir)).wall / 1000 : null;
      log(`${label}: check alone ${checkAlone?.toFixed(1) ?? 'skipped'}; cold build…`);
      clearCaches(project);
      const outDir = join(work, `dist-${label}`);
      const cold = await build(contentDir, outDir, `cold-${label}`);
      const phases = phasesOf(cold.lines, cold.wall);
      const dist = cold.timedOut ? null : distStats(outDir);
      if (dist)
        log(
          `${label}: cold build ${phases.total.toFixed(1)} s, ${dist.pages} pages; heaviest pages: ${heaviest(dist)}`,
        );
      else
        log(
          `${label}: cold build stopped after ${values['max-minutes']} min; last line: ${cold.lines.at(-1)?.text ?? ''}`,
        );
      // Right after ours, so both cold builds meet the same load on a shared machine.
      const peer = peerAt.has(entries) ? await buildPeer(library, label) : null;
      // One page per body, or the peer is not building what ours builds.
      const bodies = entryBodies(library).length;
      if (peer)
        log(
          `${label}: peer (plain Astro: MDX, unified, rehype-slug) ${peer.stopped ? 'stopped after ' : ''}${peer.wall.toFixed(1)} s, ${peer.pages} pages${peer.stopped || peer.pages === bodies ? '' : ` — expected ${bodies}, one per body`}`,
        );
      let rebuild: number | null = null;
      if (rebuildAt.has(entries) && !cold.timedOut) {
        // A contributor fixes a typo in one lesson: the same caches, one file changed.
        const lesson = join(
          contentDir,
          [...library.files.keys()].find((path) => path.startsWith('lessons/')) as string,
        );
        appendFileSync(
          lesson,
          '\nOne more sentence, added after the first review of this lesson.\n',
        );
        const again = await build(
          contentDir,
          join(work, `dist-${label}-rebuild`),
          `rebuild-${label}`,
        );
        rebuild = again.wall / 1000;
        log(`${label}: rebuild after editing one lesson ${rebuild.toFixed(1)} s`);
        rmSync(join(work, `dist-${label}-rebuild`), { recursive: true, force: true });
      }
      const row: SizeResult = {
        library: kind,
        entries: Object.values(library.counts).reduce((a, b) => a + b, 0),
        counts: library.counts,
        checkAlone,
        phases,
        cpu: cold.cpu,
        peakRss: cold.peakRss,
        dist,
        rebuild,
        load: cold.load,
        stopped: cold.timedOut,
        peer,
      };
      result.sizes.push(row);
      if (!values.keep) rmSync(outDir, { recursive: true, force: true });
      // Figures so far, in case a later, larger size never finishes.
      if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
      log(`table so far:\n${table(result)}`);
    }
} finally {
  if (!values.keep && !values['cpu-prof']) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}${values['cpu-prof'] ? ` (CPU profiles in ${profiles})` : ''}`);
}

console.log(
  `Lesson Share build benchmark · ${result.machine} · Node ${result.node} · ${result.date.slice(0, 10)}`,
);
console.log(
  `npm run check alone: starting library ${result.check.library.toFixed(1)} s, one file ${result.check.oneFile.toFixed(1)} s\n`,
);
console.log(table(result));
if (values.json) {
  writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
  log(`figures written to ${values.json}`);
}
