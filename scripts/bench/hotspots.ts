#!/usr/bin/env node
// node scripts/bench/hotspots.ts <file.cpuprofile> [rows]: where a build's CPU time went, from
// `npm run bench -- --cpu-prof`. Prints self time by package and inclusive time by function.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A frame's package (`micromark`, `@secretlint/profiler`) or project path (`src/check/run.ts`). */
export function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const project = /\/((?:src|scripts)\/.*|\.astro\/.*chunks\/[^_.]+)/.exec(url)?.[1];
  return project ?? (url || '(native)');
}

/** Self time by owner and inclusive time by function, in ms, largest first. */
export function hotspots(profile: CpuProfile): {
  total: number;
  self: [string, number][];
  inclusive: [string, number][];
} {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    self.set(ownerOf(frame.url), (self.get(ownerOf(frame.url)) ?? 0) + ms);
    // Each function counts once per sample however deep it recurses.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = nodes.get(cur)?.callFrame;
      if (!f?.url) continue;
      const key = `${f.functionName || '(anonymous)'} ${ownerOf(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    total: (profile.endTime - profile.startTime) / 1000,
    self: sorted(self),
    inclusive: sorted(inclusive),
  };
}

if (import.meta.main) {
  const [file, rows = '25'] = process.argv.slice(2);
  if (!file) throw new Error('usage: node scripts/bench/hotspots.ts <file.cpuprofile> [rows]');
  const { total, self, inclusive } = hotspots(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const line = ([name, ms]: [string, number]) =>
    `${(ms / 1000).toFixed(1).padStart(7)} s ${((100 * ms) / total).toFixed(0).padStart(3)}%  ${name}`;
  console.log(`${(total / 1000).toFixed(1)} s of CPU profile\n\nSelf time by package:`);
  console.log(self.slice(0, Number(rows)).map(line).join('\n'));
  console.log('\nInclusive time by function (project code, Astro and plugins):');
  console.log(
    inclusive
      .filter(([name]) => !/^\(|node:/.test(name))
      .slice(0, Number(rows) * 2)
      .map(line)
      .join('\n'),
  );
}
