#!/usr/bin/env node
// npm run check [-- files…]: checks the library (or just the named files) and exits non-zero on any error.
import { formatReport } from '../src/check/format.ts';
import { runCheck } from '../src/check/run.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const report = await runCheck({ contentDir: contentDir(), only: only.length ? only : undefined });
for (const line of formatReport(report)) console.log(line);
process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
