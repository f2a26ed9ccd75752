import { useEffect, useRef, useState } from 'react';
import type { EntryCheck } from './entry-check.ts';
import type { ContributeKind } from './entry-file.ts';

type Checker = typeof import('./entry-check.ts');

// Checking on every keystroke would parse the file for letters half typed; this pause skips them.
const TYPING_PAUSE_MS = 250;

interface Options {
  kind: ContributeKind;
  /** The answers, cleaned. */
  data: Record<string, unknown>;
  body: string;
  /** Slugs the new entry may not take. */
  takenSlugs: string[];
  /** The site's region, for phone numbers. */
  region: string;
  /** Whether the person has started, so the checks are worth loading. */
  wanted: boolean;
  /** Says what went wrong in loading or running the checks. */
  onProblem: (message: string) => void;
}

/**
 * The entry check of the answers as they stand: the checks (most of the page's script) load once `wanted`, then
 * run after each pause in typing, one at a time. Undefined until the first result.
 */
export function useEntryCheck({
  kind,
  data,
  body,
  takenSlugs,
  region,
  wanted,
  onProblem,
}: Options): EntryCheck | undefined {
  const [checker, setChecker] = useState<Checker>();
  const [check, setCheck] = useState<EntryCheck>();
  const run = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  // A reader who only looks never fetches them.
  useEffect(() => {
    if (!wanted) return;
    import('./entry-check.ts').then(setChecker, () =>
      onProblem('The page could not load its checks; the pull request will still run them.'),
    );
  }, [wanted]);

  useEffect(() => {
    if (!checker) return;
    const mine = ++run.current;
    const timer = setTimeout(() => {
      // One check at a time, in order (the rules' libraries are not made to be run twice at once); one that a
      // newer edit has overtaken is skipped. A failure is said, and the next edit checks again.
      queue.current = queue.current
        .then(async () => {
          if (mine !== run.current) return;
          const result = await checker.checkEntry(kind, data, body, new Date(), takenSlugs, region);
          if (mine === run.current) setCheck(result);
        })
        .catch((error: unknown) => {
          console.error(error);
          onProblem('The page could not check the file this time; the pull request’s check will.');
        });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [checker, kind, data, body, takenSlugs, region]);

  return check;
}
