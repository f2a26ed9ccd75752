#!/usr/bin/env node
// npm run check [-- files…] [-- --no-cache]: checks the library (or just the named files) and exits non-zero on any error.
import { parseCheckArgs, CHECK_USAGE } from '../src/check/runner/cli.ts';
import { formatReport, printable } from '../src/check/runner/terminal.ts';
import { runCheck } from '../src/check/runner/run.ts';
import { contentDir } from '../src/pipeline/content-dir.ts';
import { manifestBeside, unprotectedPermalinks } from '../src/check/entries/permalinks.ts';

const args = parseCheckArgs(process.argv.slice(2), contentDir());
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
if (args.help) {
  console.log(CHECK_USAGE);
  process.exit(0);
}
const report = await runCheck({
  contentDir: contentDir(),
  only: args.files.length ? args.files : undefined,
  ...(args.cache ? {} : { cache: false }),
});
for (const line of formatReport(report)) console.log(line);
const unprotected = unprotectedPermalinks(manifestBeside(contentDir()), process.cwd());
if (unprotected && !args.files.length) console.log(`Note: ${unprotected}`);
if (report.stats.poolError)
  console.error(
    `The check's worker threads failed, so it ran on one thread: ${printable(report.stats.poolError)}`,
  );
process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
