import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The outcome of one `astro build`. */
export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** Where and how a build publishes: its address (LESSON_SHARE_SITE_URL) and whether pages carry the CSP as `<meta>`. */
export interface BuildTarget {
  siteUrl?: string;
  cspMeta?: boolean;
}

/** Builds the site and its search index from a content folder into a fresh temporary folder, as `npm run build` does. */
export function buildSite(contentDir: string, target: BuildTarget = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'lesson-share-dist-'));
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      LESSON_SHARE_CONTENT: resolve(contentDir),
      LESSON_SHARE_SITE_URL: target.siteUrl ?? '',
      LESSON_SHARE_CSP: target.cspMeta ? 'meta' : '',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir };
}
