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

/** How a test builds: where and how the site publishes, which project, and what else the build sees. */
export interface BuildOptions {
  /** The address (LESSON_SHARE_SITE_URL), its path the base. */
  siteUrl?: string;
  /** Whether pages carry the CSP as `<meta>` (a host that sends no headers). */
  cspMeta?: boolean;
  /** The project to build: this repository unless a test changed a copy of it. */
  root?: string;
  /** More environment variables (another site configuration, say). */
  env?: Record<string, string>;
}

/** Builds the site and its search index from a content folder into a fresh temporary folder, as `npm run build` does. */
export function buildSite(contentDir: string, options: BuildOptions = {}): BuildResult {
  const { root = ROOT, env = {}, ...target } = options;
  const outDir = mkdtempSync(join(tmpdir(), 'lesson-share-dist-'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      LESSON_SHARE_CONTENT: resolve(contentDir),
      LESSON_SHARE_SITE_URL: target.siteUrl ?? '',
      LESSON_SHARE_CSP: target.cspMeta ? 'meta' : '',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, outDir };
}
