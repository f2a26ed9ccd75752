#!/usr/bin/env node
// node scripts/bench/timeline.ts [--every 0.25] -- <command> [args…]
// Runs a command (a build, say) and samples its process tree from /proc: each thread's CPU time and state, each
// process's resident memory. Prints CPU by kind of thread, the peak memory by process, and how long the command
// would take on two idle cores: on a shared machine, what the wall time of a build cannot say.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

// Linux's USER_HZ and page size, the units of /proc's CPU times and resident pages.
const TICKS = 100;
const PAGE = 4096;

interface Stat {
  name: string;
  state: string;
  ppid: number;
  cpu: number;
  rss: number;
}

function stat(path: string): Stat | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
      state: fields[0] ?? '',
      ppid: Number(fields[1]),
      cpu: (Number(fields[11]) + Number(fields[12])) / TICKS,
      rss: Number(fields[21]) * PAGE,
    };
  } catch {
    return undefined; // The process or thread ended between listing and reading.
  }
}

// Every process under `root`, with its stat.
function tree(root: number): Map<number, Stat> {
  const all = new Map<number, Stat>();
  for (const name of readdirSync('/proc'))
    if (/^\d+$/.test(name)) {
      const found = stat(`/proc/${name}/stat`);
      if (found) all.set(Number(name), found);
    }
  const mine = new Map<number, Stat>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, found] of all)
      if (!mine.has(pid) && (pid === root || mine.has(found.ppid))) {
        mine.set(pid, found);
        grew = true;
      }
  }
  return mine;
}

function threadsOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // It ended.
  }
}

const separator = process.argv.indexOf('--');
const every = Number(process.argv[process.argv.indexOf('--every') + 1]) || 0.25;
const [command, ...args] = separator < 0 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error('usage: node scripts/bench/timeline.ts [--every 0.25] -- <command> [args…]');
  process.exit(2);
}

const child = spawn(command, args, { stdio: 'inherit' });
const seen = new Map<string, { kind: string; cpu: number }>();
const peakByProcess = new Map<string, number>();
let peak = { rss: 0, at: 0 };
let idleCoresEstimate = 0;
const loads: number[] = [];
const start = performance.now();

const poll = setInterval(() => {
  const processes = tree(child.pid ?? 0);
  let rss = 0;
  let cpu = 0;
  let runnable = 0;
  for (const [pid, process_] of processes) {
    rss += process_.rss;
    const label = `${pid} ${process_.name}`;
    peakByProcess.set(label, Math.max(peakByProcess.get(label) ?? 0, process_.rss));
    for (const tid of threadsOf(pid)) {
      const thread = stat(`/proc/${pid}/task/${tid}/stat`);
      if (!thread) continue;
      const key = `${pid}/${tid}`;
      // A thread first seen now started since the last sample: all its time is new.
      cpu += thread.cpu - (seen.get(key)?.cpu ?? 0);
      seen.set(key, { kind: `${process_.name}: ${thread.name}`, cpu: thread.cpu });
      if (thread.state === 'R') runnable++;
    }
  }
  // CPU used since the last sample, over as many cores as the tree could use at once (at most two).
  idleCoresEstimate += runnable === 0 ? Math.min(cpu, every) : cpu / Math.min(2, runnable);
  if (rss > peak.rss) peak = { rss, at: (performance.now() - start) / 1000 };
  loads.push(loadavg()[0] ?? 0);
}, every * 1000);

child.on('close', (status) => {
  clearInterval(poll);
  const byKind = new Map<string, number>();
  for (const { kind, cpu } of seen.values())
    byKind.set(kind.replace(/\d+/g, ''), (byKind.get(kind.replace(/\d+/g, '')) ?? 0) + cpu);
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
  const load = loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length);
  console.error(
    [
      `timeline: exit ${status}, ${((performance.now() - start) / 1000).toFixed(1)} s wall at load ${load.toFixed(1)}`,
      `  on two idle cores about ${idleCoresEstimate.toFixed(1)} s`,
      `  CPU by thread: ${[...byKind]
        .filter(([, cpu]) => cpu >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, cpu]) => `${kind} ${cpu.toFixed(1)} s`)
        .join('; ')}`,
      `  peak ${gb(peak.rss)} at ${peak.at.toFixed(1)} s; each process's own peak: ${[
        ...peakByProcess,
      ]
        .filter(([, rss]) => rss >= 5e7)
        .map(([label, rss]) => `${label} ${gb(rss)}`)
        .join('; ')}`,
    ].join('\n'),
  );
  process.exitCode = status ?? 1;
});
