#!/usr/bin/env node
// npm run build [-- --outDir <dir>]: the site with `astro build`, then its search index with Pagefind.
// Two processes, one after the other: at 10,000 entries the build holds 1.9 GB until it exits and
// Pagefind needs 2.4 GB, so indexing inside the build's last hook needed both at once (4.3 GB).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgsOrExit } from './args.ts';
import { indexSite } from './search-index.ts';

const { values } = parseArgsOrExit(
  { options: { outDir: { type: 'string', default: 'dist' } }, strict: true },
  'usage: npm run build -- [--outDir <dir>]',
);
// The build's own Node flags (a CPU profile, say) go to Astro, where the work is.
const astro = spawnSync(
  process.execPath,
  [
    // A larger young generation for every thread: the check's workers allocate a parse tree per file that dies with
    // it, and with V8's default most of it was promoted to the old generation first (the check alone peaked at
    // 0.87-0.91 GB instead of 1.18 GB at 3,000 real-like files, for the same CPU).
    '--max-semi-space-size=32',
    ...process.execArgv,
    join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    values.outDir,
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      // React ships its production build only under NODE_ENV=production, and a test runner sets `test`.
      NODE_ENV: 'production',
      // glibc gives each thread its own malloc arenas and keeps what the check's worker threads freed after they
      // end: about 0.4 GB of the build's peak at 3,000 entries. Two arenas cost the check no measurable CPU.
      MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'] ?? '2',
    },
  },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);
process.exitCode = (await indexSite(resolve(values.outDir))) ? 0 : 1;
