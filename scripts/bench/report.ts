import type { DistStats, Phases } from './measure.ts';

/** Everything measured for one library size. */
export interface SizeResult {
  /** Which library: generated text, or the starting library's own entries copied (`real`). */
  library?: string;
  /** Entries in the library built (the real-like one is whole copies, so about the size asked for). */
  entries: number;
  counts: Record<string, number>;
  /** `npm run check` alone on this library, in seconds; null when skipped. */
  checkAlone: number | null;
  phases: Phases;
  /** CPU seconds of the cold build's whole process tree (see `RunResult.cpu`). */
  cpu?: number;
  peakRss: number;
  /** What the build wrote; null when it was stopped at the time limit. */
  dist: DistStats | null;
  /** The cold build ran past `--max-minutes` and was stopped: its phases are those it reached. */
  stopped?: boolean;
  /** Wall seconds of a build after editing one lesson, caches kept; null when skipped. */
  rebuild: number | null;
  /** Mean one-minute load average during the cold build (2 = both cores busy with it alone). */
  load?: number;
  /** The plain Astro site built cold from the same bodies in the same run; null when skipped. */
  peer?: PeerResult | null;
}

/** What the peer (a plain Astro 7 site with MDX, unified and rehype-slug, one page per body) cost. */
export interface PeerResult {
  /** Wall seconds of its cold build. */
  wall: number;
  /** Peak resident memory of its process tree, in bytes. */
  peakRss: number;
  /** CPU seconds of its process tree. */
  cpu?: number;
  /** Pages it wrote: one per entry body. */
  pages: number;
  /** Mean one-minute load average while it built. */
  load: number;
  /** It ran past `--max-minutes` and was stopped. */
  stopped?: boolean;
}

/** The whole benchmark: the check timings on the starting library and one row per size. */
export interface BenchResult {
  date: string;
  machine: string;
  node: string;
  command: string;
  /** `npm run check` on the starting library and on one file of it, in seconds. */
  check: { library: number; oneFile: number };
  sizes: SizeResult[];
}

const seconds = (value: number | null) => (value === null ? '—' : value.toFixed(1));
/** Bytes as kB, MB or GB. */
export const size = (bytes: number | null) =>
  bytes === null
    ? '—'
    : bytes >= 1e9
      ? `${(bytes / 1e9).toFixed(2)} GB`
      : bytes >= 1e6
        ? `${(bytes / 1e6).toFixed(0)} MB`
        : `${(bytes / 1e3).toFixed(1)} kB`;

/** JS per page type, with types that ship the same bytes folded together: "search 41.0 kB; 18 others 0.6 kB". */
export function jsSummary(byType: Record<string, number>): string {
  const groups = new Map<number, string[]>();
  for (const [type, bytes] of Object.entries(byType))
    groups.set(bytes, [...(groups.get(bytes) ?? []), type]);
  return [...groups]
    .sort((a, b) => a[1].length - b[1].length || b[0] - a[0])
    .map(
      ([bytes, types]) =>
        `${types.length > 2 ? `${types.length} types` : types.join(', ')} ${size(bytes)}`,
    )
    .join('; ');
}

const ENTRY_TYPES = ['lessons/[slug]', 'patterns/[slug]', 'traps/[slug]', 'events/[slug]'];

/** The largest gzip HTML of any entry page. */
export function entryGzipMax(dist: DistStats): number {
  return Math.max(0, ...ENTRY_TYPES.map((type) => dist.gzipMaxByType[type] ?? 0));
}

// A phase a stopped build never reached prints as "—"; its total says it was stopped.
const total = (r: SizeResult) =>
  r.stopped ? `> ${r.phases.total.toFixed(0)} (stopped)` : seconds(r.phases.total);

/** Ours ÷ the peer's, as "2.4×"; a stopped build of ours gives a lower bound, a stopped peer no ratio. */
export function ratio(ours: number, peer: number, oursStopped = false): string {
  if (!(peer > 0)) return '—';
  return `${oursStopped ? '> ' : ''}${(ours / peer).toFixed(1)}×`;
}

const peerCells = (r: SizeResult) => {
  const peer = r.peer;
  if (!peer) return ['—', '—', '—', '—', '—', '—'];
  if (peer.stopped)
    return [`> ${peer.wall.toFixed(0)} (stopped)`, size(peer.peakRss), '—', '—', '—', '—'];
  return [
    seconds(peer.wall),
    size(peer.peakRss),
    ratio(r.phases.total, peer.wall, r.stopped),
    ratio(r.peakRss, peer.peakRss, r.stopped),
    seconds(peer.cpu ?? null),
    r.cpu === undefined || peer.cpu === undefined ? '—' : ratio(r.cpu, peer.cpu, r.stopped),
  ];
};

/** The benchmark's one table, as Markdown so it can go straight into the README. */
export function table(result: BenchResult): string {
  const head = [
    'library',
    'entries',
    'pages',
    'check s',
    'sync s',
    'bundle s',
    'render s',
    'search s',
    'images s',
    'other s',
    'total s',
    'ms/entry',
    'peak RSS',
    'cpu s',
    'peer s',
    'peer peak RSS',
    'time ÷ peer',
    'RSS ÷ peer',
    'peer cpu s',
    'cpu ÷ peer',
    'dist',
    'search index',
    'entry HTML gz max',
    'rebuild s',
    'check alone s',
    'load',
    'JS per page type',
  ];
  const rows = result.sizes.map((r) => [
    r.library ?? 'generated',
    String(r.entries),
    r.dist ? String(r.dist.pages) : '—',
    seconds(r.phases.check),
    seconds(r.phases.sync),
    seconds(r.phases.bundle),
    seconds(r.phases.render),
    seconds(r.phases.search),
    seconds(r.phases.images),
    r.stopped ? '—' : seconds(r.phases.other),
    total(r),
    r.stopped ? '—' : ((r.phases.total * 1000) / r.entries).toFixed(1),
    size(r.peakRss),
    seconds(r.cpu ?? null),
    ...peerCells(r),
    r.dist ? size(r.dist.bytes) : '—',
    r.dist ? size(r.dist.searchIndexBytes) : '—',
    r.dist ? size(entryGzipMax(r.dist)) : '—',
    seconds(r.rebuild),
    seconds(r.checkAlone),
    r.load === undefined ? '—' : r.load.toFixed(1),
    r.dist ? jsSummary(r.dist.jsBytesByType) : '—',
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The heaviest page types by gzip HTML, largest first, to show which pages grow with the library. */
export function heaviest(dist: DistStats, count = 5): string {
  return Object.entries(dist.gzipMaxByType)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([type, bytes]) =>
        `${type} ${size(bytes)} (median ${size(dist.gzipMedianByType[type] ?? 0)})`,
    )
    .join('; ');
}
