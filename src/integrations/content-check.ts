import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { builtSite, forgetBuiltSite } from '../pipeline/built-pages.ts';
import { cardModelsOf } from '../pipeline/og/early-cards.ts';
import { warmCards } from '../pipeline/og/pool.ts';
import { brokenLinksIn } from '../check/built-links.ts';
import { contentDir } from '../pipeline/content-dir.ts';
import { manifestBeside, unprotectedPermalinks } from '../check/entries/permalinks.ts';
import { formatReport } from '../check/runner/terminal.ts';
import { runCheck } from '../check/runner/run.ts';
import { handOverLibrary, releaseLibrary } from '../reader/handoff.ts';
import { entryPath, redirects, type PermalinkEntry } from '../domain/permalinks.ts';
import { baseOf, withBase } from '../view/urls.ts';

// A head start, never a requirement: whatever goes wrong here, the card routes draw what they need.
function warmEarly(library: Parameters<typeof cardModelsOf>[0], host: string): void {
  try {
    warmCards(cardModelsOf(library, host));
  } catch {
    // The routes queue and draw every card themselves.
  }
}

/**
 * Ends a build that must not be published: `lines` are its last words and the exit status is 1. Astro prints an
 * error thrown from a hook as "An unhandled error occurred" with a stack trace, which reads as a crash of the tool
 * rather than a problem in the library; this says only what is wrong and how to fix it.
 */
function stopBuild(logger: AstroIntegrationLogger, lines: readonly string[]): never {
  for (const line of lines) logger.error(line);
  process.exit(1);
}

/**
 * Runs the content check before Astro reads a single entry, so that a bad entry
 * stops `astro build` with every problem listed as `path:line:column` (Astro alone
 * would only log a dangling reference and publish the page). The files it read and the
 * bodies it rendered go to the content loader, so each is read and parsed once. After the build it
 * writes `_redirects` from the URLs the check read, and checks every internal link.
 */
export default function contentCheck(): AstroIntegration {
  // The library's URLs as the check read them, for `_redirects`: reading every file again after the build cost seconds.
  let permalinks: PermalinkEntry[] = [];
  // The path the site is served under, from Astro's `base`.
  let base = '/';
  // Astro's cache folder, one per library and address: where the built pages' facts are kept between builds.
  let cacheDir = '';
  return {
    name: 'lesson-share:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const report = await runCheck({ contentDir: contentDir() });
        permalinks = report.permalinks;
        handOverLibrary(report.library);
        if (report.stats.poolError)
          logger.warn(
            `the check's worker threads failed, so it ran on one thread: ${report.stats.poolError}`,
          );
        const unprotected = unprotectedPermalinks(manifestBeside(contentDir()), process.cwd());
        if (unprotected) logger.warn(unprotected);
        const lines = formatReport(report);
        const failed = report.findings.some((f) => f.severity === 'error');
        if (!failed) {
          logger.info(lines.at(-1) ?? '');
          // The cards need only the entries: drawn on the card threads while Astro syncs, bundles and renders. Not
          // on a rebuild that changed a few files, whose cards are mostly cached: there the models cost more than they save.
          const cold = report.stats.analysed * 10 >= report.files;
          if (command === 'build' && config.site && cold)
            warmEarly(report.library, new URL(config.site).host);
          return;
        }
        if (command !== 'build') {
          for (const line of lines) logger.error(line);
          return;
        }
        stopBuild(logger, [
          ...lines,
          'The content check failed: fix the problems above (or run `npm run check`) and build again.',
        ]);
      },
      'astro:config:done': ({ config }) => {
        base = baseOf(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // Content sync, which takes the bodies, runs before this hook.
      'astro:build:start': () => {
        releaseLibrary();
        forgetBuiltSite();
      },
      'astro:build:done': ({ dir, logger }) => {
        // For hosts that answer with a real 301 (Netlify, Cloudflare Pages), beside the redirect pages.
        const lines = redirects(permalinks).map(
          ({ from, to }) => `${withBase(from, base)} ${withBase(to, base)} 301`,
        );
        writeFileSync(
          fileURLToPath(new URL('_redirects', dir)),
          lines.length ? `${lines.join('\n')}\n` : '',
        );
        const broken = brokenLinksIn(builtSite(fileURLToPath(dir), cacheDir), base);
        if (broken.length === 0) return;
        const files = new Map(
          permalinks.map((entry) => [entryPath(entry.collection, entry.id), entry.file]),
        );
        stopBuild(logger, [
          ...broken.map((link) => {
            const file = files.get(link.page);
            return `${link.page}  links  ${link.href}: ${link.reason}${file ? `: fix it in ${file}` : ''}`;
          }),
          `The build is not published: ${broken.length} link(s) on the pages above lead nowhere. Correct each in the file named (a link with no file named comes from a page's template) and build again.`,
        ]);
      },
    },
  };
}
