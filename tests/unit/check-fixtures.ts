// Shared by the check tests: a fixture case laid over a copy of the fixture library, and its findings as text.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatFinding } from '../../src/check/runner/terminal.ts';
import { runCheck, type CheckOptions, type CheckReport } from '../../src/check/runner/run.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';

/** Each case folder holds files laid over a copy of the valid fixture library, and `expected.txt`: the exact findings. */
export const CASES = join(ROOT, 'tests/fixtures/check');
/** The valid fixture library. */
export const BASE = join(ROOT, 'tests/fixtures/library');

/** Every case, by name. */
export const caseNames = () => readdirSync(CASES).sort();

/**
 * Lays a case's files into a content folder (its public/ beside it, as in a repository). A case's
 * `symlinks.json` maps paths (relative to the content folder's parent) to link targets, made here
 * rather than committed: a committed link to /etc/passwd is a trap for every tool that walks the tree.
 */
export function layCase(name: string, content: string): void {
  for (const entry of readdirSync(join(CASES, name))) {
    // public/ and permalinks.json stand beside content/, as in a repository.
    const target =
      entry === 'public' || entry === 'permalinks.json'
        ? join(dirname(content), entry)
        : join(content, entry);
    if (entry !== 'expected.txt' && entry !== 'symlinks.json')
      cpSync(join(CASES, name, entry), target, { recursive: true });
  }
  const links = join(CASES, name, 'symlinks.json');
  if (!existsSync(links)) return;
  for (const [path, to] of Object.entries(
    JSON.parse(readFileSync(links, 'utf8')) as Record<string, string>,
  )) {
    mkdirSync(dirname(join(dirname(content), path)), { recursive: true });
    symlinkSync(to, join(dirname(content), path));
  }
}

/** A fresh copy of the fixture library with a case laid over it. */
export function caseLibrary(name: string): string {
  const content = copyLibrary(BASE);
  layCase(name, content);
  return content;
}

/** Checks a content folder as the fixtures are checked (a fixed "today"), with `options` on top. */
export function checkFixture(
  content: string,
  options: Partial<CheckOptions> = {},
): Promise<CheckReport> {
  // A fixed "today", so that the expected findings never change with the calendar.
  return runCheck({
    contentDir: content,
    root: dirname(content),
    today: new Date('2026-11-22'),
    ...options,
  });
}

/** A report as expected.txt holds it: every finding, then every silenced one with its reason. */
export function reportText(report: CheckReport): string {
  const silenced = report.silenced.map(
    ({ finding, reason }) => `silenced ${formatFinding(finding)}  [${reason}]`,
  );
  return [...report.findings.map(formatFinding), ...silenced].join('\n') + '\n';
}
