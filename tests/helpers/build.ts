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

/**
 * Builds the site and its search index from a content folder into a fresh temporary folder, as `npm run build`
 * does; `root` is the project to build (this repository unless a test changed a copy of it), `env` adds
 * variables (another site configuration, say).
 */
export function buildSite(
  contentDir: string,
  { root = ROOT, env = {} }: { root?: string; env?: Record<string, string> } = {},
): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'lesson-share-dist-'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      LESSON_SHARE_CONTENT: resolve(contentDir),
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
