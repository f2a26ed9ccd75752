import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir.ts';

/** When a file first entered the repository and when it last changed there. */
export interface FileHistory {
  first: Date;
  last: Date;
  commits: number;
}

/** Parses `git log --format=%x01%aI --name-only` output (newest commit first) into a history per file. */
export function parseGitLog(log: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  let date: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0001')) date = new Date(line.slice(1));
    else if (line.trim() && date) {
      const seen = history.get(line);
      // Newest first: the first sighting is the last change, every later one moves `first` back.
      if (seen) history.set(line, { first: date, last: seen.last, commits: seen.commits + 1 });
      else history.set(line, { first: date, last: date, commits: 1 });
    }
  }
  return history;
}

/**
 * The history of every file under a folder, from one `git log` call; empty when
 * git or the history is missing (a tarball, a shallow clone keeps only its last commit).
 */
export function gitHistory(folder: string, cwd = process.cwd()): Map<string, FileHistory> {
  try {
    const log = execFileSync(
      'git',
      ['log', '--format=%x01%aI', '--name-only', '--no-renames', '--', folder],
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseGitLog(log);
  } catch {
    return new Map();
  }
}

let history: Map<string, FileHistory> | undefined;

/** Every content file's git history, from one git call per build. */
export function getHistory(): Map<string, FileHistory> {
  return (history ??= gitHistory(contentDir()));
}
