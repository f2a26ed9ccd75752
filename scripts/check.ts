#!/usr/bin/env node
// npm run check [-- files…] [-- --no-cache]: checks the library (or just the named files) and exits non-zero on any error.
import { formatReport } from '../src/check/format.ts';
import { runCheck } from '../src/check/run.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const args = process.argv.slice(2);
const only = args.filter((arg) => !arg.startsWith('-'));
const report = await runCheck({ contentDir: contentDir(), only: only.length ? only : undefined, ...(args.includes('--no-cache') ? { cache: false } : {}) });
for (const line of formatReport(report)) console.log(line);
if (report.stats.poolError) console.error(`The check's worker threads failed, so it ran on one thread: ${report.stats.poolError}`);
process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
